/** The Content-Security-Policy the example is served with. */
export declare const contentSecurityPolicy: string;
/** Serves the example and the CDN build on 127.0.0.1. */
export declare function serve(port?: number): Promise<{ url: string; stop: () => Promise<void> }>;
/** The policy of `every-element.html`: the above and `require-trusted-types-for 'script'`. */
export declare const strictContentSecurityPolicy: string;
