export interface Config {
  readiness?: {
    /**
     * The root-cause taxonomy file (YAML) that post-mortem tags must come from, relative to
     * the backend's working directory. Without it, tags are not checked.
     */
    taxonomyFile?: string;
  };
}
