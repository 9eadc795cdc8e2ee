// Whether notifications also go out by e-mail. The server installs its mailer here at start (when
// KEJIN_SMTP_URL is set) and removes it on close, so notify() keeps its two arguments: while a
// delivery is installed it writes the e-mails into the outbox, in the caller's transaction.
import type { FlushReport } from './mailer.ts';

export interface MailDelivery {
  /** The web app's origin, for the e-mails' links. */
  readonly webUrl: string;
  /** Sends the due e-mails now; call it after the transaction that wrote them has committed. */
  flush(): Promise<FlushReport>;
  /** Sends the due e-mails shortly, through the job system (asked by notify() once its transaction has committed). */
  flushSoon(): void;
}

let installed: MailDelivery | null = null;

/** Installs the process's delivery; the returned function removes it (if it is still the one installed). */
export function installMailDelivery(delivery: MailDelivery): () => void {
  installed = delivery;
  return () => {
    if (installed === delivery) installed = null;
  };
}

export const mailDelivery = (): MailDelivery | null => installed;

export const emailConfigured = (): boolean => installed !== null;

/** For services and tools, after a commit: sends the outbox now rather than through a job; nothing without e-mail. */
export async function flushMail(): Promise<FlushReport> {
  return installed ? installed.flush() : { sent: 0, failed: 0 };
}
