// Errors ingestion reports to the person running it: bad input, not bugs.

/**
 * The input cannot be ingested as it is. The message names the file and says what was
 * expected; the CLI prints it and exits with code 2 without writing anything.
 */
export class IngestInputError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'IngestInputError';
    this.file = file;
  }
}
