/**
 * Temporary output folders: `.OUT.tmp-<pid>-<hex>` next to OUT, renamed into OUT when a merge
 * finishes. Nothing half-written may stay on disk, so a folder (and any parent folders created to
 * hold it) is removed when the run fails, when the process gets SIGINT, SIGTERM or SIGHUP, and when
 * it exits on an uncaught error; folders of processes killed outright (SIGKILL, power loss) are
 * removed by the next run into the same OUT, once their pid is no longer alive.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Signals whose default action ends the process: the ones a terminal, a supervisor or a hang-up sends. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type CleanupSignal = (typeof SIGNALS)[number];

export class TemporaryDirectory {
  readonly path: string;
  /** Parent folders this run created for the output, deepest first. */
  private readonly createdParents: readonly string[];
  private state: 'active' | 'released' | 'removed' = 'active';
  /** The signal that removed the folder, for the error the interrupted writer then throws. */
  interruptedBy: CleanupSignal | null = null;

  private constructor(directory: string, createdParents: readonly string[]) {
    this.path = directory;
    this.createdParents = createdParents;
  }

  /**
   * Creates `.NAME.tmp-<pid>-<hex>` beside `target` (creating missing parents), after removing the
   * leftovers of dead processes for the same target.
   */
  static beside(target: string): TemporaryDirectory {
    const absoluteTarget = path.resolve(target);
    const parent = path.dirname(absoluteTarget);
    const createdParents = makeParents(parent);
    removeStaleSiblings(absoluteTarget);
    const directory = path.join(parent, `.${path.basename(absoluteTarget)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      fs.mkdirSync(directory);
    } catch (error) {
      removeEmptyParents(createdParents);
      throw error;
    }
    const temporary = new TemporaryDirectory(directory, createdParents);
    track(temporary);
    return temporary;
  }

  get active(): boolean {
    return this.state === 'active';
  }

  /** The folder was renamed into place: it and its parents now hold the output; stop tracking. */
  release(): void {
    if (this.state !== 'active') return;
    this.state = 'released';
    untrack(this);
  }

  /** Removes the folder and the parents this run created (when empty). Safe to call more than once. */
  remove(): void {
    if (this.state !== 'active') return;
    this.state = 'removed';
    untrack(this);
    fs.rmSync(this.path, { recursive: true, force: true });
    removeEmptyParents(this.createdParents);
  }
}

/** `fs.mkdirSync(directory, { recursive: true })`, returning the folders it created, deepest first. */
export function makeParents(directory: string): string[] {
  const first = fs.mkdirSync(directory, { recursive: true });
  if (first === undefined) return [];
  const created: string[] = [];
  for (let current = directory; ; current = path.dirname(current)) {
    created.push(current);
    if (current === first || path.dirname(current) === current) break;
  }
  return created;
}

/** Removes created parents from the deepest up, stopping at the first one something else now uses. */
export function removeEmptyParents(createdParents: readonly string[]): void {
  for (const directory of createdParents) {
    try {
      fs.rmdirSync(directory);
    } catch {
      return;
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes `.NAME.tmp-<pid>-<hex>` folders of `target` whose process is gone. A `….old` folder is
 * the previous OUT moved aside while the new one moved in: when OUT is missing, the interrupted
 * swap is undone (the old output restored) rather than the user's previous result deleted.
 */
export function removeStaleSiblings(target: string): string[] {
  const parent = path.dirname(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.tmp-(\\d+)-[0-9a-f]+(\\.old)?$`);
  let entries: string[];
  try {
    entries = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const pid = Number(match[1]);
    const full = path.join(parent, entry);
    if (pid === process.pid ? [...ACTIVE].some((temporary) => temporary.path === full || `${temporary.path}.old` === full) : isAlive(pid)) continue;
    if (match[2] && !fs.existsSync(target)) {
      fs.renameSync(full, target);
      continue;
    }
    fs.rmSync(full, { recursive: true, force: true });
    removed.push(full);
  }
  return removed;
}

const ACTIVE = new Set<TemporaryDirectory>();
const signalHandlers = new Map<CleanupSignal, () => void>();

function removeAll(signal: CleanupSignal | null): void {
  for (const temporary of [...ACTIVE]) {
    temporary.interruptedBy = signal;
    temporary.remove();
  }
}

function onExit(): void {
  removeAll(null);
}

function track(temporary: TemporaryDirectory): void {
  ACTIVE.add(temporary);
  if (signalHandlers.size > 0) return;
  for (const signal of SIGNALS) {
    const handler = (): void => {
      const alone = process.listenerCount(signal) === 1;
      removeAll(signal);
      // As the only listener, this one replaced the action that ends the process: end it the same
      // way (by the signal, so a shell sees 128 + n: 130 for SIGINT). Other listeners decide for themselves.
      if (alone) {
        uninstall();
        process.kill(process.pid, signal);
      }
    };
    signalHandlers.set(signal, handler);
    process.on(signal, handler);
  }
  // 'exit' also runs after an uncaught exception or unhandled rejection; rmSync is synchronous as it must be there.
  process.on('exit', onExit);
}

function uninstall(): void {
  for (const [signal, handler] of signalHandlers) process.removeListener(signal, handler);
  signalHandlers.clear();
  process.removeListener('exit', onExit);
}

function untrack(temporary: TemporaryDirectory): void {
  ACTIVE.delete(temporary);
  // No listeners stay behind once nothing is being written: they would change how the app's process handles signals.
  if (ACTIVE.size === 0) uninstall();
}
