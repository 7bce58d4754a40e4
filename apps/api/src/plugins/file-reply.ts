/** A media type without its parameters: "text/csv; charset=utf-8" → "text/csv". */
export function mediaTypeOf(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

/** What a file's bytes are, in JSON Schema 2020-12: text for CSV and HTML, bytes for the rest. */
function bytesSchema(mediaType: string) {
  return mediaType.startsWith('text/')
    ? { type: 'string', contentMediaType: mediaType }
    : { type: 'string', format: 'binary', contentMediaType: mediaType };
}

/**
 * A reply that is a file, for a route's `response`: Fastify's form with a schema per media type,
 * which the OpenAPI document publishes as it is, so a generated client reads the bytes rather than
 * parsing JSON. Fastify serializes no Buffer, string or stream, so no serializer ever runs on it.
 */
export function fileReply(description: string, contentTypes: readonly string[]) {
  const mediaTypes = [...new Set(contentTypes.map(mediaTypeOf))];
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: bytesSchema(type) }])),
    headers: {
      'content-disposition': {
        type: 'string',
        description: 'How to save it: attachment (or inline, for open data) with the file’s name',
      },
    },
  };
}

export type FileReply = ReturnType<typeof fileReply>;

/** Whether a route's response entry is a file reply rather than a zod schema. */
export function isFileReply(entry: unknown): entry is FileReply {
  return typeof entry === 'object' && entry !== null && 'content' in entry && !('_zod' in entry);
}
