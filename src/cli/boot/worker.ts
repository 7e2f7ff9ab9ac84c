// A worker thread's entry when the CLI runs from its bundle: the same bundle and code cache
// as the main thread, so a worker starts without compiling the engine again.
import { bundleFiles, loadBundle } from './bundle.js';

await loadBundle(bundleFiles(new URL('../../../../', import.meta.url))).exports.serveWorker();
