import next from 'eslint-config-next';

const config = [
  ...next,
  {
    ignores: ['.next/**', '.next-e2e/**', '.next-course/**', 'public/runtime/**', 'lib/generated/**', '.cache/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
];

export default config;
