// Builds run in-process share the global Serilog logger and the secret registry: run engine tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
