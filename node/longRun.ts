// Imported first by the language server, before anything allocates much: a server lints many
// documents over its life (node/heap.ts longRun).
import { longRun } from './heap';

longRun();
