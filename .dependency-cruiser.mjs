import { ruleSet } from './dependency-rules.mjs';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  ...ruleSet,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a wrong-way type is still a wrong-way dependency.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
