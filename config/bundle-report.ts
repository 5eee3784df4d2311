import { writeFileSync } from 'node:fs'

/**
 * Writes which modules each output chunk holds (with concatenated modules opened up) and the files of
 * every named chunk group, for scripts/size.mjs: the size table, the first-visit set on H5 and the
 * "no module in two chunks" check. Only active when YBT_STATS names the file to write.
 */
export class BundleReportPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: any) {
    compiler.hooks.done.tap('BundleReportPlugin', (stats: any) => {
      const compilation = stats.compilation
      const { chunkGraph } = compilation
      const resources = (module: any): string[] => {
        if (module.modules) return module.modules.flatMap(resources)
        // CSS modules are named by their loader chain; keep the file at its end.
        const id = String(module.resource || module.identifier()).split('!').pop()!.split('|')[0]
        return [id.replace(process.cwd() + '/', '')]
      }
      // Source size of each module before minifying, for finding what weighs (not exact output bytes).
      const sizes: Record<string, number> = {}
      // …and which module first asked for each one, to trace a library back to the import that pulls it in.
      const issuers: Record<string, string> = {}
      const measure = (module: any) => {
        if (module.modules) module.modules.forEach(measure)
        else {
          const name = resources(module)[0]
          sizes[name] = module.size()
          const issuer = compilation.moduleGraph.getIssuer(module)
          if (issuer) issuers[name] = resources(issuer)[0]
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
      writeFileSync(this.file, JSON.stringify({ chunks, groups, entrypoints, sizes, issuers }, null, 1))
    })
  }
}
