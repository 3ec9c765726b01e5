<?php
/**
 * Passes a post's HTML through WordPress's own filters, as a post by an author without the
 * `unfiltered_html` capability reaches its readers: kses when saved (`wp_kses_post`), then, when shown,
 * `wptexturize` and `wpautop`. It loads only WordPress's kses.php and formatting.php, with stubs for the
 * hooks they call, so no database or server is needed.
 *
 *   php scripts/wordpress-filter.php /usr/share/wordpress < tests/fixtures/cms/post.html \
 *     > tests/fixtures/cms/post.wordpress.html
 *
 * (Debian's `wordpress` package installs WordPress in /usr/share/wordpress; any WordPress folder works.)
 */
$wordpress = $argv[1] ?? '/usr/share/wordpress';
define('ABSPATH', $wordpress . '/');
define('WPINC', 'wp-includes');

// The hooks and settings kses and formatting ask for, answered as on a site with no plugins.
function apply_filters($name, $value) { return $value; }
function add_filter() {}
function has_filter() { return false; }
function do_action() {}
function _deprecated_function() {}
function __($text) { return $text; }
function _x($text) { return $text; }
function get_option($name) { return $name === 'blog_charset' ? 'UTF-8' : false; }
function wp_allowed_protocols() {
  return array('http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed',
    'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn');
}
$shortcode_tags = array();

require $wordpress . '/wp-includes/kses.php';
require $wordpress . '/wp-includes/formatting.php';

echo wpautop(wptexturize(wp_kses_post(stream_get_contents(STDIN))));
