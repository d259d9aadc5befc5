/**
 * The archive a running bot answers from, following its index folder. When CURRENT names another
 * generation (a build or update finished), that generation is opened in the background and answers
 * switch to it once it can answer questions; until then, and if it cannot be opened, the one in use
 * keeps answering. An answer holds a lease on the generation it started on, which is closed when
 * the last answer lets go of it.
 */
import type { Logger } from '../logger';
import { openArchiveInStages, type Archive, type ArchiveLease, type ArchiveSource } from './archive';
import { currentGeneration } from './index-generation';
import { watchArchive } from './watch-archive';

interface Held {
  archive: Archive;
  leases: number;
  retired: boolean;
}

export interface LiveArchiveOptions {
  logger?: Logger;
  /** How a generation is opened (tests). */
  open?: (indexDir: string) => Archive;
  /** Also look for a new generation this often, so a quiet bot lets go of the old one (0: only on leases). */
  checkEveryMs?: number;
}

export class LiveArchive implements ArchiveSource {
  private current: Held;
  private incoming: Archive | null = null;
  /** Generations that could not be opened, so each is reported once. */
  private readonly refused = new Set<string>();
  private readonly timer: NodeJS.Timeout | null;
  private readonly open: (indexDir: string) => Archive;

  /** Opens the current generation (throws ArchiveError when it cannot) and follows the folder. */
  constructor(
    readonly indexDir: string,
    private options: LiveArchiveOptions = {},
  ) {
    this.open = options.open ?? ((dir) => openArchiveInStages(dir));
    this.current = this.hold(this.open(indexDir));
    const every = options.checkEveryMs ?? 1000;
    this.timer = every > 0 ? setInterval(() => this.refresh(), every).unref() : null;
  }

  /** Logs, from now on, when questions can be answered, generations switch or cannot be used. */
  logTo(logger: Logger): void {
    this.options.logger = logger;
    watchArchive(this.current.archive, logger);
  }

  /** The generation answers start on now. */
  get archive(): Archive {
    return this.current.archive;
  }

  lease(): ArchiveLease {
    this.refresh();
    const held = this.current;
    held.leases += 1;
    let released = false;
    return {
      archive: held.archive,
      release: () => {
        if (released) return;
        released = true;
        held.leases -= 1;
        this.closeIfDone(held);
      },
    };
  }

  /** Starts opening the generation CURRENT names, if it is new. Cheap: one small read and a stat. */
  refresh(): void {
    const named = currentGeneration(this.indexDir);
    if (!named || this.refused.has(named.identity)) return;
    if (named.identity === this.current.archive.identity || named.identity === this.incoming?.identity) return;
    this.incoming?.close(); // a newer one replaces one still opening
    this.incoming = null;
    let archive: Archive;
    try {
      archive = this.open(this.indexDir);
    } catch (err) {
      this.refuse(named.identity, err);
      return;
    }
    this.incoming = archive;
    archive.searchable.then(
      () => {
        if (this.incoming === archive) this.switchTo(archive);
      },
      (err: unknown) => {
        if (this.incoming !== archive) return;
        this.incoming = null;
        this.refuse(archive.identity, err);
      },
    );
  }

  /** Stops following the folder and closes every generation. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.incoming?.close();
    this.current.archive.close();
  }

  private hold(archive: Archive): Held {
    if (this.options.logger) watchArchive(archive, this.options.logger);
    return { archive, leases: 0, retired: false };
  }

  private switchTo(archive: Archive): void {
    const old = this.current;
    this.incoming = null;
    this.current = this.hold(archive);
    old.retired = true;
    this.options.logger?.info(
      { generation: archive.generation, previous: old.archive.generation, inFlight: old.leases },
      'answering from a new index generation',
    );
    this.closeIfDone(old);
  }

  private closeIfDone(held: Held): void {
    if (held.retired && held.leases === 0) held.archive.close();
  }

  private refuse(identity: string, err: unknown): void {
    this.refused.add(identity);
    this.options.logger?.error(
      { generation: identity.split(':')[0] },
      `a new index generation cannot be used, so the one in use keeps answering: ${(err as Error).message}`,
    );
  }
}
