import 'server-only';
import pg from 'pg';
import { env } from '../env';
import { LIVE_CHANNEL, topicOf, type LiveNotice } from './channel';

type Subscriber = (notice: LiveNotice) => void;

/**
 * One LISTEN connection per app process, fanned out to the live streams open in this process.
 * Every instance has its own; PostgreSQL delivers each NOTIFY to all of them, so a change made
 * through any instance reaches browsers connected to any other.
 */
class LiveListener {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  /** Called after a reconnect: streams resend a snapshot so nothing missed meanwhile is lost. */
  private readonly resyncHandlers = new Set<() => void>();

  async subscribe(topic: string, subscriber: Subscriber, onResync: () => void): Promise<() => void> {
    await this.ensureConnected();
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    set.add(subscriber);
    this.resyncHandlers.add(onResync);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(topic);
      this.resyncHandlers.delete(onResync);
    };
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: env().DATABASE_URL, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      const notice = JSON.parse(message.payload) as LiveNotice;
      for (const subscriber of this.subscribers.get(topicOf(notice.kind, notice.documentId)) ?? []) subscriber(notice);
    });
    client.on('error', () => this.dropAndReconnect(client));
    client.on('end', () => this.dropAndReconnect(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
  }

  private dropAndReconnect(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.end().catch(() => {});
    const retry = (delay: number) =>
      setTimeout(() => {
        if (this.subscribers.size === 0) return;
        this.ensureConnected().then(
          () => this.resyncHandlers.forEach((resync) => resync()),
          () => retry(Math.min(delay * 2, 10_000)),
        );
      }, delay);
    retry(250);
  }
}

const globalForListener = globalThis as unknown as { liveListener?: LiveListener };
export const liveListener = (globalForListener.liveListener ??= new LiveListener());
