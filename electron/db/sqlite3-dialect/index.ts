export { Sqlite3Connection } from './sqlite3-connection';
export { Sqlite3Dialect } from './sqlite3-dialect';
export type { Sqlite3DialectConfig } from './sqlite3-dialect-config';
export { Sqlite3Driver } from './sqlite3-driver';
