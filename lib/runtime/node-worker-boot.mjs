// Entry of the Node lab worker thread: registers tsx in this thread (execArgv loaders are not
// reliable inside worker threads), then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');
