/**
 * The synthetic province that {@code --demo} loads into an empty database, through the modules' own import path.
 */
package org.probity.demo;
