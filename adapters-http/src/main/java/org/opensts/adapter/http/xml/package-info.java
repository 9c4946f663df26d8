/** Writing AWS Query XML documents, indented as AWS indents them. */
package org.opensts.adapter.http.xml;
