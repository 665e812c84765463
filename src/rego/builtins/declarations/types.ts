// The shape of a builtin's declaration, as OPA's capabilities write it.

/** A type as capabilities.json writes it. */
export interface DeclType {
  type: string;
  of?: DeclType | DeclType[];
  static?: DeclType[] | { key: unknown; value: DeclType }[];
  dynamic?: DeclType | { key: DeclType; value: DeclType };
}

export interface NamedType extends DeclType { name?: string }

export interface BuiltinDecl {
  args?: NamedType[];
  result?: NamedType;
  /** Variadic builtins (print) take any number of operands of this type. */
  variadic?: DeclType;
}
