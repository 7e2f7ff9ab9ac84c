/** Version of the JSON report's shape: bump on any change a consumer could notice. */
export const SCHEMA_VERSION = '2.0.0';
