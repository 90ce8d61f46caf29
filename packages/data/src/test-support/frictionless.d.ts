// The Frictionless Data project's JavaScript libraries ship no types; these cover what the data
// package tests call.
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    descriptor: Record<string, unknown>;
    read(options: { keyed?: boolean; cast?: boolean; forceCast?: boolean }): Promise<unknown[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
  const datapackage: {
    Package: { load(descriptor: string, options?: { basePath?: string }): Promise<Package> };
  };
  export default datapackage;
}
