// A bad input is reported and skipped; the rest goes on. Each failure names the input
// (a path, `path:line` for a JSON Lines record, or `stdin`) and says what is wrong with it.
import { ErrorCode } from '../errors';

export interface InputFailure {
  /** The path as given (with `:line` for a JSON Lines record or `#item` for a feed item), or `stdin`. */
  input: string;
  code: ErrorCode;
  message: string;
}

export type OnInputFailure = (failure: InputFailure) => void;

export function inputFailure(input: string, code: ErrorCode, message: string): InputFailure {
  return { input, code, message };
}
