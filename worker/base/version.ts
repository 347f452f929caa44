/** Semantic version of the published contract: `info.version` and the `API-Version` header of every response. */
export const API_VERSION = '1.0.0'
