import { writeFileSync } from 'node:fs'

/**
 * Writes which modules each output chunk holds (with concatenated modules opened up) and the files of
 * every named chunk group, for scripts/size.mjs: the size table, the first-visit set on H5 and the
 * "no module in two chunks" check. Only active when YBT_STATS names the file to write.
 */
export class BundleReportPlugin {
  constructor(
    private readonly file: string,
    private readonly firstPage: string
  ) {}

  apply(compiler: any) {
    compiler.hooks.done.tap('BundleReportPlugin', (stats: any) => {
      const compilation = stats.compilation
      const { chunkGraph } = compilation
      const resources = (module: any): string[] => {
        if (module.modules) return module.modules.flatMap(resources)
        // CSS modules are named by their loader chain; keep the file at its end.
        const [id = ''] = (
          String(module.resource || module.identifier())
            .split('!')
            .pop() ?? ''
        ).split('|')
        return [id.replace(process.cwd() + '/', '')]
      }
      // Source size of each module before minifying, for finding what weighs (not exact output bytes).
      const sizes: Record<string, number> = {}
      // …and which module first asked for each one, to trace a library back to the import that pulls it in.
      const issuers: Record<string, string> = {}
      const measure = (module: any) => {
        if (module.modules) module.modules.forEach(measure)
        else {
          const [name] = resources(module)
          if (name === undefined) return
          sizes[name] = module.size()
          const issuer = compilation.moduleGraph.getIssuer(module)
          const [from] = issuer ? resources(issuer) : []
          if (from !== undefined) issuers[name] = from
        }
      }
      for (const module of compilation.modules) measure(module)
      const chunks = [...compilation.chunks].map((chunk: any) => ({
        id: chunk.id,
        name: chunk.name,
        initial: chunk.canBeInitial(),
        files: [...chunk.files],
        modules: chunkGraph.getChunkModules(chunk).flatMap(resources).sort()
      }))
      const groups = [...compilation.chunkGroups].map((group: any) => ({
        name: group.name,
        initial: group.isInitial(),
        chunks: group.chunks.map((c: any) => c.id),
        files: group.getFiles()
      }))
      const entrypoints: Record<string, string[]> = {}
      for (const [name, entry] of compilation.entrypoints) entrypoints[name] = entry.getFiles()
      writeFileSync(this.file, JSON.stringify({ firstPage: this.firstPage, chunks, groups, entrypoints, sizes, issuers }, null, 1))
    })
  }
}

/**
 * H5: lets the browser fetch what the first screen needs while the app entry is still being
 * evaluated, instead of only when the router asks for the page: a `<link rel="preload">` for the
 * `shared` chunk (every tab page needs it), and a small inline script that preloads the chunks of
 * the page the URL names (or of the first page). Page chunks of other pages still load on navigation.
 */
export class PreloadFirstScreenPlugin {
  constructor(private readonly firstPage: string) {}

  apply(compiler: any) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const HtmlWebpackPlugin = require('html-webpack-plugin')
    compiler.hooks.compilation.tap('PreloadFirstScreenPlugin', (compilation: any) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstScreenPlugin', (data: any) => {
        const publicPath = data.publicPath ?? ''
        const pageFiles: Record<string, string[]> = {}
        let shared: string[] = []
        for (const chunk of compilation.chunks) {
          if (chunk.canBeInitial()) continue
          const filesOf = (c: any) => [...c.files].filter((f: string) => /\.(js|css)$/.test(f))
          if (chunk.name === 'shared') {
            shared = filesOf(chunk)
            continue
          }
          // A page loads its whole chunk group (e.g. the estimators' common chunk beside its own).
          const group = [...chunk.groupsIterable].flatMap((g: any) => g.chunks).filter((c: any) => !c.canBeInitial() && c.name !== 'shared')
          const files = [...new Set([chunk, ...group].flatMap(filesOf))]
          for (const module of compilation.chunkGraph.getChunkModules(chunk)) {
            // a page module is often concatenated with its imports: look inside
            for (const inner of module.modules ? [...module.modules] : [module]) {
              const page = /(pages\/[^/]+\/index)\.[jt]sx?$/.exec(String(inner.resource || ''))?.[1]
              if (page !== undefined) pageFiles[page] = files
            }
          }
        }
        const link = (file: string) => ({
          tagName: 'link',
          voidTag: true,
          meta: { plugin: 'PreloadFirstScreenPlugin' },
          attributes: { rel: 'preload', as: file.endsWith('.css') ? 'style' : 'script', href: publicPath + file }
        })
        const script =
          `(function(){var m=${JSON.stringify(pageFiles)},p=location.hash.replace(/^#\\/?/,'').split('?')[0],` +
          `f=m[p]||m[${JSON.stringify(this.firstPage)}]||[];f.forEach(function(u){var l=document.createElement('link');` +
          `l.rel='preload';l.as=/\\.css$/.test(u)?'style':'script';l.href=${JSON.stringify(publicPath)}+u;document.head.appendChild(l)})})()`
        data.headTags.unshift(...shared.map(link), {
          tagName: 'script',
          voidTag: false,
          meta: { plugin: 'PreloadFirstScreenPlugin' },
          innerHTML: script
        })
        return data
      })
    })
  }
}
