/** Security: sign-in, who may reach which URL, and the headers every response carries. */
package cn.guifanku.security;
