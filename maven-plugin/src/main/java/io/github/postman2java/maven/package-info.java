/** Maven front-end of postman2java: the {@code generate} goal. */
package io.github.postman2java.maven;
