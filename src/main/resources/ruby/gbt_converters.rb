# frozen_string_literal: true
#
# Loaded once into the renderer's own Asciidoctor (JRuby) runtime. It replaces the html5 and pdf
# converters of that runtime with subclasses that lay a standard out after GB/T 1.1—2020 and refuse
# links other than http, https, mailto and in-document references.
#
# The renderer also renders plain committee documents (编制说明, 征求意见汇总处理表). It tells them apart
# by the attribute guifanku-layout, which it sets and locks: 'standard' or 'document'. A document is
# an article (the title heads the first page, no title page) with the gbt-document theme; the PDF
# converter then leaves out everything GB/T 1.1 adds to a standard: the page breaks before clauses,
# the Roman front-matter folios and the end line. Fonts, line breaking, list markers, link and
# image guards apply to both.

require 'asciidoctor'
require 'asciidoctor/extensions'
require 'asciidoctor/pdf'

module Guifanku
  IDEOGRAPHIC_SPACE = "\u3000"

  # A standard is read on the web and as PDF; a javascript:, file: or data: target would attack its
  # readers, so such a link is printed as plain text and reported.
  module LinkGuard
    include ::Asciidoctor::Logging

    ALLOWED_TARGET_RX = /\A(?:#|https?:|mailto:)/i
    BLOCKED_TEXT = '[不允许的链接]'

    def self.allowed? target
      ALLOWED_TARGET_RX.match? target.to_s
    end

    # The nearest block that knows where it came from (needs the sourcemap option).
    def self.location_of node
      while node
        return node.source_location if (node.respond_to? :source_location) && node.source_location
        node = (node.respond_to? :parent) ? node.parent : nil
      end
      nil
    end

    # Returns the text to print instead of the link, or nil when the link may stay.
    def blocked_anchor_text node
      case node.type
      when :link
        return if LinkGuard.allowed? node.target
      when :xref
        # an inter-document reference: there is no other document to point at
        return unless node.attributes['path']
      else
        return
      end
      logger.warn message_with_context %(不允许的链接目标（只允许 http、https、mailto 和文内引用），已按文字显示：#{node.target}),
          source_location: (LinkGuard.location_of node)
      text = node.text
      (text.nil_or_empty? || (text.include? node.target.to_s)) ? BLOCKED_TEXT : text
    end
  end

  # Numbers clauses "1", "5.1.2", annexes "附录 A" with their status, annex clauses "A.1" (without the
  # trailing dot Asciidoctor prints) and tables and figures "表 1" in the body, "表 A.1" in annex A.
  # Only sections Asciidoctor numbers get a number: a plain document's only when it sets :sectnums:.
  class ClauseNumbering < ::Asciidoctor::Extensions::Treeprocessor
    def process doc
      html = doc.basebackend? 'html'
      number_sections doc, (doc.attr 'sectnumlevels', 3).to_i, html
      number_formal_blocks doc, :table, (doc.attr 'table-caption')
      number_formal_blocks doc, :image, (doc.attr 'figure-caption')
      nil
    end

    private

    def number_sections parent, levels, html
      parent.sections.each do |sect|
        # the page's CSS centres and spaces 前言, 附录 and 参考文献 by these roles
        sect.add_role %(gbt-#{sect.sectname}) if html && sect.level == 1
        if sect.numbered && sect.level <= levels
          if sect.sectname == 'appendix' && sect.level == 1
            label_annex sect, html
          else
            sect.caption = %(#{sect.sectnum '.', false}#{IDEOGRAPHIC_SPACE})
          end
        end
        number_sections sect, levels, html
      end
    end

    # The annex's first paragraph with role annex-status (（规范性） or （资料性）) belongs in its heading.
    def label_annex sect, html
      number = %(#{sect.document.attr 'appendix-caption', 'Appendix'} #{sect.numeral})
      if (first = sect.blocks[0]) && first.context == :paragraph && (first.has_role? 'annex-status')
        status = first.content
        sect.blocks.delete_at 0
      end
      sect.set_attr 'gbt-annex-number', number
      sect.set_attr 'gbt-annex-status', status if status
      sect.caption = if html
                       %(<span class="annex-number">#{number}</span>#{status ? %(<span class="annex-status">#{status}</span>) : ''}<span class="annex-gap">#{IDEOGRAPHIC_SPACE}</span>)
                     else
                       %(#{number}#{status}#{IDEOGRAPHIC_SPACE})
                     end
    end

    def number_formal_blocks doc, context, label
      return unless label
      counters = ::Hash.new 0
      doc.find_by(context: context) {|block| block.title? && block.caption }.each do |block|
        annex = annex_of block
        count = (counters[annex ? annex.numeral : ''] += 1)
        block.numeral = annex ? %(#{annex.numeral}.#{count}) : count.to_s
        block.caption = %(#{label} #{block.numeral}#{IDEOGRAPHIC_SPACE})
      end
    end

    def annex_of block
      node = block
      while (node = node.parent) && node.context != :document
        return node if node.context == :section && node.level == 1 && node.sectname == 'appendix'
      end
      nil
    end
  end

  # Page labels are the only Roman numerals asciidoctor-pdf makes from an Integer (list numerals start
  # from 'i' or 'I'): while a GB converter draws page labels, count them from the first page after the
  # cover and write them in capitals, as GB/T 1.1 pages the front matter.
  module FrontMatterFolio
    def initialize initial_value, letter_case
      if ::Integer === initial_value && letter_case == :lower && (cover_pages = Thread.current[:guifanku_cover_pages])
        super initial_value - cover_pages, :upper
      else
        super
      end
    end
  end
  ::Asciidoctor::PDF::RomanNumeral.prepend FrontMatterFolio

  # A line feed is a line break, never a glyph to look up in the fallback fonts (Noto Serif maps
  # U+000A for this reason; our CJK fonts do not, and asciidoctor-pdf would warn about every <br>).
  module LineFeedIsNoGlyph
    def find_font_for_this_glyph char, current_font, *rest
      char == ?\n ? current_font : super
    end
  end
  ::Prawn::Text::Formatted::Box.prepend LineFeedIsNoGlyph

  # Prawn writes each ToUnicode entry as the code point in hex, which is wrong beyond the BMP: a
  # four-byte character such as 𪚥 (U+2A6A5) would be copied or searched as other characters. The
  # entry must be UTF-16BE, a surrogate pair there. Rewrite the map of every subset that needs it.
  module SupplementaryToUnicode
    def embed reference, subset
      super
      map = @subsets[subset].to_unicode_map
      return unless map.each_value.any? {|unicode| unicode > 0xFFFF }
      entries = map.keys.sort.map {|code| format '<%02x><%s>', code, ([map[code]].pack 'U').encode('UTF-16BE').unpack1('H*') }
      blocks = entries.each_slice(100).map {|slice| %(#{slice.length} beginbfchar\n#{slice.join "\n"}\nendbfchar) }
      cmap = @document.ref!({})
      cmap << (::Prawn::Fonts::TTF::UNICODE_CMAP_TEMPLATE % (blocks.join "\n"))
      cmap.stream.compress!
      reference.data[:ToUnicode] = cmap
    end
  end
  ::Prawn::Fonts::TTF.prepend SupplementaryToUnicode

  # Speed, not looks. ttfunk offers every character drawn to a font's first subset (Mac Roman) before
  # the Unicode ones; for a CJK character the Mac Roman lookup raises and rescues an exception, on
  # JRuby a costly one, twice per character per line drawn: most of the time of a standard's PDF.
  # The answer depends on the character and the encoding only, so keep it.
  module CodePageLookupCache
    LOOKUPS = ::Hash.new {|cache, encoding| cache[encoding] = {} }

    def from_unicode character
      cache = LOOKUPS[encoding]
      cache.fetch(character) { cache[character] = super }
    end
  end
  #::TTFunk::Subset::CodePage.prepend CodePageLookupCache

  # GB line breaking (禁则): asciidoctor-pdf allows a break before every CJK character, closing
  # punctuation included; allow none before ）， 。 etc. and none after （ 《 “ etc.
  ::Asciidoctor::PDF::Converter.send :remove_const, :CjkLineBreakRx
  ::Asciidoctor::PDF::Converter.const_set :CjkLineBreakRx,
      /(?<![\u2018\u201c\u3008\u300a\u300c\u300e\u3010\u3014\u3016\uff08\uff3b\uff5b])(?=[\u3000\u30a0-\u30ff\u3040-\u309f\p{Han}\uff00-\uffef])(?![\uff01\uff05\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d])/

  class GbtHtmlConverter < (::Asciidoctor::Converter.for 'html5')
    include LinkGuard
    register_for 'html5'

    def convert_inline_anchor node
      (text = blocked_anchor_text node) ? %(<span class="blocked-link">#{text}</span>) : super
    end
  end

  class GbtPdfConverter < (::Asciidoctor::Converter.for 'pdf')
    include LinkGuard
    register_for 'pdf'

    NEW_PAGE_SECTIONS = %w(preface appendix bibliography index).freeze
    CENTRED_SECTIONS = %w(preface bibliography index).freeze

    def convert_inline_anchor node
      (text = blocked_anchor_text node) || super
    end

    # Whether this is a plain committee document rather than a standard (see the top of this file).
    def convert_document doc
      @gbt_plain = (doc.attr 'guifanku-layout') == 'document'
      super
    end

    # 参考文献 entries start with their [n] label, without a bullet. (The list must keep its
    # bibliography style: Asciidoctor only turns [[[ref,1]]] into a label inside such a list.)
    def convert_ulist node
      return super unless node.style == 'bibliography'
      add_dest_for_block node if node.id
      @list_bullets << nil
      begin
        convert_list node
      ensure
        @list_bullets.pop
      end
    end

    # Last line of defence, below every converter method: an annotation may jump inside the document
    # or open a permitted URI, nothing else (no javascript:, no Launch, no file:).
    def link_annotation rect, options = {}
      if (action = options[:A])
        return unless action[:S] == :URI && (LinkGuard.allowed? action[:URI].to_s)
      end
      super
    end

    # GB/T 1.1 numbers list items "a)" and "1)"; asciidoctor-pdf writes "a." and "1." with the dot
    # hard-coded, so while a list item is drawn its marker (and only a string shaped like one, drawn
    # on a single right-aligned line) is measured and printed with a parenthesis instead.
    def convert_list_item node, list, opts = {}
      return super unless list.context == :olist
      previous, @gbt_paren_markers = @gbt_paren_markers, true
      begin
        super
      ensure
        @gbt_paren_markers = previous
      end
    end

    def rendered_width_of_string str, opts = {}
      super((gbt_marker str), opts)
    end

    def ink_prose string, opts = {}
      string = gbt_marker string if opts[:single_line] && opts[:align] == :right && opts[:inline_format] == false
      super
    end

    # Nothing is read from the file system. asciidoctor-pdf reads absolute image paths without the
    # SAFE-mode jail (and imports PDF pages as covers), so any readable file could end up in the PDF.
    # A standard's images would come from its folder through SourceFiles, which serves text only so
    # far; until it serves images, only images inlined as data URIs are embedded.
    def resolve_image_path node, image_path, image_format, relative_to = true
      return super if ::Asciidoctor::Image::Base64Encoded === image_path
      logger.warn message_with_context %(不嵌入图片（渲染器不读取图片文件）：#{image_path}), source_location: (LinkGuard.location_of node)
      nil
    end

    # Clauses run on; 前言, 引言, 范围 (the first clause), each annex and 参考文献 start a page.
    def convert_section sect, opts = {}
      return super if @gbt_plain
      start_new_chapter sect if sect.level == 1 && !at_page_top? && (starts_page? sect)
      super
      ink_end_line if sect.level == 1 && sect.equal?(sect.document.sections.last)
    end

    def ink_chapter_title node, title, opts = {}
      if node.sectname == 'appendix' && (number = node.attr 'gbt-annex-number')
        lines = [number, (node.attr 'gbt-annex-status'), node.title].compact.join '<br>'
        font_size(@theme.gbt_annex_heading_font_size || 12) { super node, lines, (opts.merge align: :center) }
      elsif CENTRED_SECTIONS.include? node.sectname
        font_size(@theme.gbt_special_heading_font_size || 16) { super node, title, (opts.merge align: :center) }
      else
        super
      end
    end

    # GB/T 1.1 pages the front matter (目次, 前言, 引言) in Roman numerals and the body in Arabic
    # numerals from 范围; asciidoctor-pdf would start Arabic numbers at 前言.
    # Front-matter labels count from the first page after the cover, in capitals (I, II, …): see
    # FrontMatterFolio. The running content is drawn later, when the document is rendered.
    def ink_running_content periphery, doc, skip = [1, 1], body_start_page_number = 1
      return super if @gbt_plain
      @gbt_front_matter_pages = front_matter_pages doc, skip[1]
      super periphery, doc, [skip[0], @gbt_front_matter_pages], body_start_page_number
    end

    def ink_toc doc, num_levels, toc_page_number, start_cursor, num_front_matter_pages = 0
      return super if @gbt_plain
      with_front_matter_folios { super doc, num_levels, toc_page_number, start_cursor, (front_matter_pages doc, num_front_matter_pages) }
    end

    def render *args, &block
      with_front_matter_folios { super }
    end

    # Odd folios on the right, even on the left, front matter included (asciidoctor-pdf would count
    # front-matter pages backwards from the body).
    def page_side pgnum = nil, invert = nil
      pgnum += @gbt_front_matter_pages - @gbt_cover_pages.to_i if pgnum && pgnum < 1 && @gbt_front_matter_pages
      super
    end

    # The cover after GB/T 1.1—2020: codes top left, document type, number (and what it replaces),
    # a rule, the titles, the dates, a rule and the issuer. Attribute values are already escaped
    # for inline markup by Asciidoctor's header substitutions.
    def ink_title_page doc
      @gbt_cover_pages = 1
      top = bounds.top
      width = bounds.width
      sizes = cover_sizes
      codes = [(doc.attr 'std-ics') && %(ICS #{doc.attr 'std-ics'}), (doc.attr 'std-ccs') && %(CCS #{doc.attr 'std-ccs'})].compact
      cover_text codes.join('<br>'), top, 10.5, :left unless codes.empty?
      cover_text (doc.attr 'std-type'), top - 62, sizes[:type], :center, spacing: 2 if doc.attr? 'std-type'
      cover_text (doc.attr 'std-number'), top - 112, sizes[:number], :right
      replaced = (doc.attr 'std-replaces', '').split(',').map(&:strip).reject(&:empty?)
      cover_text %(代替 #{replaced.join '，'}), top - 134, 10.5, :right unless replaced.empty?
      cover_rule top - 156
      title_bottom = cover_text doc.doctitle, top - 0.40 * bounds.height, sizes[:title], :center
      cover_text (doc.attr 'std-title-en'), title_bottom - 14, sizes[:title_en], :center, family: 'Noto Serif' if doc.attr? 'std-title-en'
      dates_y = bounds.bottom + 76
      cover_text %(#{doc.attr 'std-issued'} 发布), dates_y, sizes[:dates], :left, width: width / 2
      cover_text %(#{doc.attr 'std-effective'} 实施), dates_y, sizes[:dates], :right, width: width / 2, x: width / 2
      cover_rule bounds.bottom + 48
      cover_text %(#{doc.attr 'std-issuer'}#{IDEOGRAPHIC_SPACE}发布), bounds.bottom + 36, sizes[:issuer], :center if doc.attr? 'std-issuer'
    end

    private

    # 终结线: a short centred rule after the last element of the document.
    def ink_end_line
      start_new_page if cursor < 36
      move_down 18
      save_graphics_state do
        line_width 0.5
        stroke_horizontal_line bounds.width * 0.375, bounds.width * 0.625, at: cursor
      end
    end

    def starts_page? sect
      (NEW_PAGE_SECTIONS.include? sect.sectname) || sect.equal?(first_clause sect.document)
    end

    def first_clause doc
      doc.sections.find {|sect| sect.sectname == 'chapter' }
    end

    LIST_MARKER_RX = /\A(-?\d{1,3}|[a-zA-Z]{1,3})\.\z/

    def gbt_marker string
      @gbt_paren_markers && ::String === string && LIST_MARKER_RX =~ string ? "#{$1})" : string
    end

    def with_front_matter_folios
      previous = Thread.current[:guifanku_cover_pages]
      Thread.current[:guifanku_cover_pages] = @gbt_cover_pages
      yield
    ensure
      Thread.current[:guifanku_cover_pages] = previous
    end

    def front_matter_pages doc, default
      (start = (first_clause doc)&.attr 'pdf-page-start') ? start.to_i - 1 : default
    end

    def cover_sizes
      {
        type: @theme.gbt_cover_type_font_size || 22,
        number: @theme.gbt_cover_number_font_size || 14,
        title: @theme.gbt_cover_title_font_size || 24,
        title_en: @theme.gbt_cover_title_en_font_size || 14,
        dates: @theme.gbt_cover_dates_font_size || 14,
        issuer: @theme.gbt_cover_issuer_font_size || 16,
      }
    end

    # Typesets inline markup in a box whose top is at y; returns the y below the text.
    def cover_text markup, y, size, align, family: 'GBT Hei', spacing: 0, x: 0, width: bounds.width
      bottom = y
      bounding_box [x, y], width: width do
        font family do
          font_size size do
            character_spacing(spacing) { ink_prose markup, align: align, margin: 0, normalize: false }
          end
        end
        bottom = y - bounds.height
      end
      bottom
    end

    def cover_rule y
      save_graphics_state do
        line_width 0.75
        stroke_color '000000'
        stroke_horizontal_line bounds.left, bounds.right, at: y
      end
    end
  end
end

::Asciidoctor::Extensions.register :guifanku_gbt do
  treeprocessor ::Guifanku::ClauseNumbering
end
