import { paragraphHistoryPath } from './historyPath.ts';

/**
 * Where the margin "History" link leads, and the router's way there: the plugin is built once per document,
 * while the router hands out a new `navigate` as the address changes.
 */
export class HistoryBridge {
  private navigate: (path: string) => void = (path) => window.location.assign(path);

  constructor(private readonly documentId: string) {}

  setNavigate(navigate: (path: string) => void): void {
    this.navigate = navigate;
  }

  href(pid: string): string {
    return paragraphHistoryPath(this.documentId, pid);
  }

  open(pid: string): void {
    this.navigate(this.href(pid));
  }
}
