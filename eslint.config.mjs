import next from 'eslint-config-next';

export default [
  ...next,
  {
    ignores: ['.next/**', 'public/runtime/**', 'lib/generated/**', '.cache/**', 'coverage/**', 'test-results/**', 'next-env.d.ts'],
  },
];
