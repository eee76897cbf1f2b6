// The two d3-dsv functions the CSV interop uses (d3-dsv ships no types; @types/d3-dsv is not installed).
declare module 'd3-dsv' {
  export function csvParseRows(text: string): string[][];
  export function csvFormatValue(value: string): string;
}
