import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against a hang, not a speed check: CI runs every package's tests
    // at once on 2 cores, where the deeply nested inputs of one test took 5.4 s
    // (0.8 s alone), past vitest's default of 5 s.
    testTimeout: 30_000,
  },
})
