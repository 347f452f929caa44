/**
 * D1 with a deadline, and (in tests only) with injected faults. Every query gets at most `timeoutMs`: a D1 that
 * hangs turns into a 503 with Retry-After instead of a request that never answers. With the FAULT_INJECTION binding
 * (set only by the test configuration), a request may ask for `X-Fault-Inject: query=N` (the N-th query fails like a
 * D1 error) or `delay=MS` (every query is that much slower).
 */
export type FaultPlan = { failAt?: number; delayMs?: number }

export function faultPlan(header: string | undefined): FaultPlan {
  if (!header) return {}
  const failAt = /query=(\d+)/.exec(header)?.[1]
  const delay = /delay=(\d+)/.exec(header)?.[1]
  return { failAt: failAt ? Number(failAt) : undefined, delayMs: delay ? Math.min(Number(delay), 30_000) : undefined }
}

class D1Timeout extends Error {
  constructor(ms: number) {
    super(`D1_ERROR: no answer within ${ms} ms`)
  }
}

/**
 * Round trips to D1 of one request: every query or batch is one (in production each crosses the network from the
 * edge to the database or its replica). `sequential` counts those that had to wait for none other in flight: the
 * length of the chain a visitor waits for (two queries sent together count once).
 */
export type RoundTrips = { total: number; sequential: number; ms: number }
const tripsOf = new WeakMap<object, RoundTrips>()
export const roundTrips = (d1: D1Database): RoundTrips | undefined => tripsOf.get(d1)

export function guardedD1(d1: D1Database, timeoutMs: number, plan: FaultPlan = {}): D1Database {
  let count = 0
  let inflight = 0
  let since = 0
  const trips: RoundTrips = { total: 0, sequential: 0, ms: 0 }
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    count += 1
    trips.total += 1
    if (inflight++ === 0) {
      trips.sequential += 1
      since = performance.now()
    }
    try {
      return await deadlined(work)
    } finally {
      if (--inflight === 0) trips.ms += performance.now() - since
    }
  }
  const deadlined = async <T>(work: () => Promise<T>): Promise<T> => {
    if (plan.failAt === count) throw new Error('D1_ERROR: injected fault (test)')
    let timer: ReturnType<typeof setTimeout> | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new D1Timeout(timeoutMs)), timeoutMs)
    })
    try {
      const slow = plan.delayMs ? new Promise((r) => setTimeout(r, plan.delayMs)).then(work) : work()
      return await Promise.race([slow, deadline])
    } finally {
      clearTimeout(timer)
    }
  }
  const wrapStatement = (statement: D1PreparedStatement): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver)
        if (prop === 'bind') return (...args: unknown[]) => wrapStatement((value as D1PreparedStatement['bind']).apply(target, args))
        if (prop === 'first' || prop === 'all' || prop === 'run' || prop === 'raw') {
          return (...args: unknown[]) => run(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args))
        }
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    unwrap.set(proxy, statement)
    return proxy
  }
  const guarded = new Proxy(d1, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (prop === 'prepare') return (query: string) => wrapStatement(target.prepare(query))
      if (prop === 'batch') {
        // D1 needs its own statement objects in a batch: unwrap ours (the proxies' targets) first.
        return (statements: D1PreparedStatement[]) => run(() => target.batch(statements.map((s) => unwrap.get(s) ?? s)))
      }
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  tripsOf.set(guarded, trips)
  return guarded
}

const unwrap = new WeakMap<object, D1PreparedStatement>()
