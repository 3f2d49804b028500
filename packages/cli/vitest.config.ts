import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn node; give slow machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
