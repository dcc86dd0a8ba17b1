// Provided at build time by registry-plugin.ts: the bundled facts, reduced to what matching needs.
declare module 'virtual:recount/match-index' {
  const facts: import('../core/registry/fact-types.ts').MatchableFact[];
  export default facts;
}
