import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/** A file written with backpressure respected, so a 100,000-row export never piles up in memory. */
export class FileSink {
  private readonly stream: WriteStream;
  private failure: Error | undefined;

  constructor(path: string) {
    this.stream = createWriteStream(path);
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await finished(this.stream);
  }

  /** Stops writing and resolves once the file is closed (or never opened), so it can be removed. */
  async destroy(): Promise<void> {
    if (this.stream.closed) return;
    const closed = new Promise<void>((resolve) => this.stream.once('close', () => resolve()));
    this.stream.destroy();
    await closed;
  }
}

/** Gathers small strings into chunks of about 64 KiB before they go anywhere. */
export class TextBatch {
  private text = '';

  constructor(private readonly flush: (text: string) => Promise<void>) {}

  async add(text: string): Promise<void> {
    this.text += text;
    if (this.text.length >= 65_536) await this.drain();
  }

  async drain(): Promise<void> {
    const text = this.text;
    this.text = '';
    await this.flush(text);
  }
}
