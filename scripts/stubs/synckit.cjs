// Stands in for `synckit` in the bundles. recheck requires it at load for its synchronous
// `checkSync`, which mandate never calls (src/config/regex-safety.ts uses the asynchronous
// `check`); the real module reads `import.meta.url`, which a bundled CommonJS module lacks.
module.exports = {
  createSyncFn() {
    return () => {
      throw new Error('recheck checkSync is not available in the mandate bundle; use check');
    };
  },
};
