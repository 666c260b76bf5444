/** Web: what all pages share (language, layout, error pages, Problem Details for the API). */
package cn.guifanku.web;
