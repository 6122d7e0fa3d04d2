import { defineConfig } from 'vitest/config';

/** Tests over the built site in dist/ (`npm run test:dist`, after `npm run build`). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
