export declare const aliasFolders: Record<string, string>;
export declare const viteAliases: { find: RegExp; replacement: string }[];
