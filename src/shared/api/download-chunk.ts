// The events of every chunked download (container files, volume files, volume backups): a start
// that names the file, base64 data chunks the receiver acknowledges, and an end with the total.
// `Start` adds what one kind of download says up front (a backup: whether the helper was pulled).

export type DownloadChunk<Start extends object = object> =
  | ({ type: 'start'; fileName: string; mime: string } & Start)
  | { type: 'data'; data: string }
  | { type: 'end'; bytes: number };
