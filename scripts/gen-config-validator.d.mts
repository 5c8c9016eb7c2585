export declare const schemaPath: string;
export declare const outputJs: string;
export declare const outputDts: string;
export declare const DTS: string;
/** The validator's source, formatted the way biome formats the repository. */
export declare function generateValidator(): string;
