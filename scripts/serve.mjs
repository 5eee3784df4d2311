// Serves the H5 build (dist-h5) on 127.0.0.1 with no dependencies. Used by `npm start` and the E2E tests.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json'
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

export function serve(root = resolve(projectRoot, process.env.TARO_OUTPUT || 'dist-h5'), port = 0, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = normalize(join(root, path))
      if (!file.startsWith(root)) {
        res.writeHead(403).end()
        return
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html')
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
    }
  })
  return new Promise((ok) => server.listen(port, host, () => ok(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 10086)
  const server = await serve(undefined, port)
  const { port: actual } = server.address()
  console.log(`医保通 H5 已启动：http://127.0.0.1:${actual}/  （Ctrl+C 结束）`)
  console.log('微信小程序：已构建到 dist/，在微信开发者工具中“导入项目”选择本目录即可预览。')
}
