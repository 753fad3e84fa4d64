/**
 * The campaign journal: an append-only JSON-lines file, one line per finished row
 * (`{"i":index,"s":status,...record}`), after a header line naming the campaign it belongs to.
 * Each line is written as soon as its row finishes (a `kill -9` loses only rows in flight) and the
 * file is fsync'd at least once a second. Opening it again indexes byte offsets only (no record
 * kept in memory), drops a torn last line, and serves records by positional reads.
 */
import fs from 'node:fs';

export const JOURNAL_VERSION = 1;
export type RowStatus = 'ok' | 'error' | 'bad';
const STATUS: RowStatus[] = ['ok', 'error', 'bad'];
const LINE_HEAD = /^\{"i":(\d+),"s":"(ok|error|bad)"/;

export interface JournalHeader {
  eligJournal: number;
  /** what must match for --resume: input fingerprint, mode, apis, shard */
  campaign: Record<string, unknown>;
}

export interface JournalOpenResult {
  journal: Journal;
  /** rows already recorded */
  rows: number;
  /** bytes of a torn last line that were dropped */
  tornBytes: number;
  /** unparseable lines in the middle (ignored: those rows run again) */
  badLines: number;
}

export class JournalMismatch extends Error {}

export class Journal {
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  /** 0 = absent, else STATUS index + 1 */
  private status = new Uint8Array(1024);
  private count = 0;
  private dirty = false;
  private timer?: NodeJS.Timeout;

  private constructor(readonly file: string, private fd: number, private size: number) {
    this.timer = setInterval(() => this.sync(), 1000);
    this.timer.unref();
  }

  /** A new journal (an existing file is replaced). */
  static create(file: string, header: JournalHeader): Journal {
    const fd = fs.openSync(file, 'w+');
    const head = JSON.stringify(header) + '\n';
    fs.writeSync(fd, head);
    fs.fsyncSync(fd);
    return new Journal(file, fd, Buffer.byteLength(head));
  }

  /** An existing journal, indexed; throws JournalMismatch when it belongs to another campaign. */
  static open(file: string, expect: Record<string, unknown>): JournalOpenResult {
    const fd = fs.openSync(file, 'r+');
    try {
      const size = fs.fstatSync(fd).size;
      const chunk = Buffer.alloc(1 << 20);
      let pos = 0, carry: Buffer = Buffer.alloc(0), lineStart = 0, headerSeen = false, badLines = 0;
      let lastGoodEnd = 0;
      const pending: { off: number; buf: Buffer }[] = [];
      let j: Journal | undefined;
      const onLine = (buf: Buffer, off: number, complete: boolean) => {
        if (!headerSeen) {
          let h: JournalHeader | undefined;
          try { h = JSON.parse(buf.toString('utf8')); } catch { /* below */ }
          if (!complete || !h || h.eligJournal !== JOURNAL_VERSION) throw new JournalMismatch(`${file} is not a campaign journal (or a newer version)`);
          const diff = Object.keys({ ...expect, ...h.campaign }).filter(k => JSON.stringify(expect[k]) !== JSON.stringify(h!.campaign[k]));
          if (diff.length) throw new JournalMismatch(`${file} belongs to another campaign (different ${diff.join(', ')})`);
          headerSeen = true; lastGoodEnd = off + buf.length + 1;
          return;
        }
        pending.push({ off, buf: Buffer.from(buf) });
        if (pending.length > 1) flushOne(pending.shift()!, true);
        void complete;
      };
      j = new Journal(file, fd, 0);
      const flushOne = (p: { off: number; buf: Buffer }, trustComplete: boolean) => {
        const head = LINE_HEAD.exec(p.buf.subarray(0, 40).toString('latin1'));
        if (!head || (!trustComplete && !isJson(p.buf))) { badLines++; return false; }
        j!.record(Number(head[1]), STATUS.indexOf(head[2] as RowStatus), p.off, p.buf.length + 1);
        lastGoodEnd = p.off + p.buf.length + 1;
        return true;
      };
      while (pos < size) {
        const n = fs.readSync(fd, chunk, 0, chunk.length, pos);
        if (n <= 0) break;
        const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        let from = 0;
        for (let nl = data.indexOf(10, from); nl >= 0; nl = data.indexOf(10, from)) {
          onLine(data.subarray(from, nl), lineStart, true);
          lineStart += nl - from + 1;
          from = nl + 1;
        }
        carry = Buffer.from(data.subarray(from));
        pos += n;
      }
      if (!headerSeen) throw new JournalMismatch(`${file} is not a campaign journal (no header line)`);
      // the last complete line is checked whole; anything after the last newline is a torn tail
      const last = pending.pop();
      if (last && !flushOne(last, false)) badLines--; // a torn last line is not a "bad line"
      const tornBytes = size - lastGoodEnd;
      if (tornBytes > 0) fs.ftruncateSync(fd, lastGoodEnd);
      j.size = lastGoodEnd;
      return { journal: j, rows: j.count, tornBytes, badLines: Math.max(0, badLines) };
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }

  private record(index: number, status: number, off: number, len: number): void {
    if (index >= this.offsets.length) {
      let n = this.offsets.length;
      while (n <= index) n *= 2;
      const o = new Float64Array(n); o.set(this.offsets); this.offsets = o;
      const l = new Uint32Array(n); l.set(this.lengths); this.lengths = l;
      const s = new Uint8Array(n); s.set(this.status); this.status = s;
    }
    if (!this.status[index]) this.count++;
    this.offsets[index] = off; this.lengths[index] = len; this.status[index] = status + 1;
  }

  /** rows recorded */
  get rows(): number { return this.count; }

  statusOf(index: number): RowStatus | undefined {
    const s = index < this.status.length ? this.status[index] : 0;
    return s ? STATUS[s - 1] : undefined;
  }

  /** Appends one finished row (written at once; fsync'd within a second). */
  append(index: number, status: RowStatus, record: object): void {
    const body = JSON.stringify(record);
    const line = `{"i":${index},"s":"${status}"${body.length > 2 ? ',' + body.slice(1) : '}'}\n`;
    const buf = Buffer.from(line, 'utf8');
    fs.writeSync(this.fd, buf, 0, buf.length, this.size);
    this.record(index, STATUS.indexOf(status), this.size, buf.length);
    this.size += buf.length;
    this.dirty = true;
  }

  /** The record of a row (its fields besides i and s), or undefined. */
  read<T = Record<string, unknown>>(index: number): T | undefined {
    if (!this.statusOf(index)) return undefined;
    const len = this.lengths[index];
    const buf = Buffer.alloc(len);
    fs.readSync(this.fd, buf, 0, len, this.offsets[index]);
    return JSON.parse(buf.toString('utf8')) as T;
  }

  /** Row indices recorded, ascending. */
  *indices(): Generator<number> {
    for (let i = 0; i < this.status.length; i++) if (this.status[i]) yield i;
  }

  sync(): void {
    if (!this.dirty) return;
    this.dirty = false;
    try { fs.fsyncSync(this.fd); } catch { /* closed */ }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sync();
    fs.closeSync(this.fd);
  }
}

function isJson(buf: Buffer): boolean {
  try { JSON.parse(buf.toString('utf8')); return true; } catch { return false; }
}
