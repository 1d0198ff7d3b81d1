// Cuts streamed text into lines without ever joining the whole file: only the unfinished last line is carried over.

export class LineSplitter {
  private rest = '';
  private lines = 0;

  /**
   * @param maxFirstLine a first line longer than this is not a backup header (a binary or foreign file): refused early.
   * @param maxLine no record line is this long; past it the file is damaged, not merely large.
   */
  constructor(
    private readonly onTooLong: (lineNumber: number) => never,
    private readonly maxFirstLine = 64 * 1024,
    private readonly maxLine = 256 * 1024 * 1024,
  ) {}

  /** The complete lines in `chunk` (with whatever was carried over), without their `\n` or `\r\n`. */
  push(chunk: string): string[] {
    const text = this.rest + chunk;
    const parts = text.split('\n');
    this.rest = parts.pop() ?? '';
    const limit = this.lines === 0 && parts.length === 0 ? this.maxFirstLine : this.maxLine;
    if (this.rest.length > limit) this.onTooLong(this.lines + 1);
    this.lines += parts.length;
    return parts.map(stripReturn);
  }

  /** The last line, if the file did not end with a newline. */
  flush(): string[] {
    const last = this.rest;
    this.rest = '';
    return last === '' ? [] : [stripReturn(last)];
  }
}

function stripReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
