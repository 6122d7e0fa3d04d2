import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    // Inlined so vi.resetModules() gives each simulated browser tab its own store instances.
    server: { deps: { inline: ['nanostores', '@nanostores/persistent'] } },
  },
});
