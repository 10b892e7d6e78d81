/** Path of the Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** Flags for headless runs as root with the network closed. */
export declare const chromiumArgs: readonly string[];
