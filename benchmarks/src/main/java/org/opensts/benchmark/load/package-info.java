/**
 * The load benchmark's own programs, run by {@code benchmarks/load.sh}: the limit reference, the
 * request pre-signer and the gRPC load driver.
 */
package org.opensts.benchmark.load;
