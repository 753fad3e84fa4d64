/** Sliding one-second windows per API (the `quota` fault) and the 50-per-minute token limit. */
export class SlidingWindow {
  private hits: number[] = [];
  constructor(private readonly windowMs: number) {}
  /** Records a hit at `now` if fewer than `limit` happened in the window; false = over the limit. */
  take(limit: number, now = Date.now()): boolean {
    const from = now - this.windowMs;
    while (this.hits.length > 0 && this.hits[0] <= from) this.hits.shift();
    if (this.hits.length >= limit) return false;
    this.hits.push(now);
    return true;
  }
  clear(): void { this.hits = []; }
}

export class Quotas {
  private readonly windows = new Map<string, SlidingWindow>();
  /** true when the request is allowed under `perSecond` for `api` */
  allow(api: string, perSecond: number): boolean {
    let w = this.windows.get(api);
    if (!w) { w = new SlidingWindow(1000); this.windows.set(api, w); }
    return w.take(Math.max(1, Math.floor(perSecond)));
  }
  clear(): void { this.windows.clear(); }
}
