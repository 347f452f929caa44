/**
 * A text body streamed from database chunks: `head` is sent before the first chunk is read, each chunk is rendered
 * and released before the next is fetched (pull-based, one chunk in flight), then `tail`. Memory stays flat
 * however many rows an export has; a client that disconnects stops the reads.
 */
export function chunkedText<T>(head: string, chunks: AsyncIterator<T[]>, render: (chunk: T[]) => string, tail = ''):
  ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(head))
        return
      }
      const next = await chunks.next()
      if (next.done) {
        if (tail) controller.enqueue(encoder.encode(tail))
        controller.close()
        return
      }
      controller.enqueue(encoder.encode(render(next.value)))
    },
    async cancel() {
      await chunks.return?.(undefined)
    },
  }, { highWaterMark: 1 })
}
