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
    TERMS_CLAUSE_TITLE = '术语和定义'
    # "**公共图书馆** public library": the term in bold, then its English equivalent
    TERM_LINE_RX = /\A\*\*([^*]+)\*\*[ \t\u3000]+([^*]*[^*\s])\s*\z/

    def process doc
      html = doc.backend != 'pdf' # asciidoctor-pdf declares the html base backend too
      number_sections doc, (doc.attr 'sectnumlevels', 3).to_i, html
      number_formal_blocks doc, :table, (doc.attr 'table-caption')
      number_formal_blocks doc, :image, (doc.attr 'figure-caption')
      if (doc.attr 'guifanku-layout') == 'standard'
        form_term_entries doc, html
        number_notes doc, (doc.attr 'note-caption', 'NOTE').chomp('：')
      end
      nil
    end

    private

    # GB/T 1.1 term entries: the number alone on the first line, then the term in bold with its English
    # equivalent (both bold), then the definition. An entry is a section of 术语和定义 without subsections;
    # its heading shows the number only (see the converters) and it stays out of the 目次. An entry whose
    # first paragraph is not the bolded term gets one made from its title.
    def form_term_entries doc, html
      return unless (terms = doc.sections.find {|sect| sect.sectname == 'chapter' && sect.title == TERMS_CLAUSE_TITLE })
      terms.set_attr 'gbt-terms', ''
      terms.add_role 'gbt-terms' if html
      each_term_entry(terms) do |entry|
        entry.set_attr 'gbt-term', ''
        entry.set_attr 'toclevels', '1' # asciidoctor-pdf leaves a section out of the 目次 below its toclevels
        first = entry.blocks[0]
        if first && first.context == :paragraph && first.lines.size == 1 && (first.lines[0].start_with? '**')
          first.lines[0] = %(**#{$1}**#{IDEOGRAPHIC_SPACE}**#{$2}**) if TERM_LINE_RX =~ first.lines[0]
          first.add_role 'gbt-term'
        else
          term = ::Asciidoctor::Block.new entry, :paragraph, source: %(<strong>#{entry.title}</strong>), subs: []
          term.add_role 'gbt-term'
          entry.blocks.unshift term
        end
      end
    end

    # Yields the entries (sections without subsections) under sect; groups of entries stay out of the 目次 too.
    def each_term_entry sect, &block
      sect.sections.each do |child|
        if child.sections?
          child.set_attr 'toclevels', '1'
          each_term_entry child, &block
        else
          yield child
        end
      end
    end

    # 注 alone, or 注1：, 注2： … when notes follow one another (GB/T 1.1—2020).
    def number_notes parent, label
      run = []
      parent.blocks.each do |block|
        if block.context == :admonition && (block.attr 'name') == 'note'
          run << block
        else
          label_run run, label
          run = []
        end
        number_notes block, label if block.respond_to?(:blocks) && block.blocks? && block.context != :dlist
      end
      label_run run, label
    end

    def label_run notes, label
      return if notes.size < 2
      notes.each_with_index {|note, i| note.set_attr 'textlabel', %(#{label}#{i + 1}：) }
    end

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
      caption = sect.document.attr 'appendix-caption', 'Appendix'
      number = %(#{caption} #{sect.numeral})
      if (first = sect.blocks[0]) && first.context == :paragraph && (first.has_role? 'annex-status')
        status = first.content
        sect.blocks.delete_at 0
      end
      sect.set_attr 'gbt-annex-number', number
      # the heading's first line, as GB/T 1.1 sets it: 附　录　A
      sect.set_attr 'gbt-annex-heading', %(#{caption.chars.join IDEOGRAPHIC_SPACE}#{IDEOGRAPHIC_SPACE}#{sect.numeral})
      sect.set_attr 'gbt-annex-status', status if status
      sect.caption = if html
                       %(<span class="annex-number">#{caption}<span class="annex-letter"> #{sect.numeral}</span></span>#{status ? %(<span class="annex-status">#{status}</span>) : ''}<span class="annex-gap">#{IDEOGRAPHIC_SPACE}</span>)
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
        # <<fig-x>> reads "图 1" (the caption without its trailing space), unless the block names its own reftext
        block.set_attr 'reftext', %(#{label} #{block.numeral}) unless block.attr? 'reftext'
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
  ::TTFunk::Subset::CodePage.prepend CodePageLookupCache

  # Chinese quotation marks are set in the Chinese font when they stand by Chinese text (Noto Serif, the
  # first font, would print them narrow, as English quotes), so “术语” is one run of text in one font.
  module ChineseQuotes
    QUOTES_RX = /\A[\u2018\u2019\u201c\u201d]+\z/

    def analyze_glyphs_for_fallback_font_support hash
      fragments = super
      return fragments if fragments.size < 2 || !(hash[:text].match?(/[\u2018\u2019\u201c\u201d]/))
      fragments.each_with_index do |fragment, i|
        next unless QUOTES_RX.match? fragment[:text]
        neighbours = [fragments[i + 1], (i > 0 ? fragments[i - 1] : nil)].compact
        chinese = neighbours.find {|n| n[:font] && n[:font] != fragment[:font] && (n[:text].match? HAN_RX) }
        fragment[:font] = chinese[:font] if chinese && (font_has? chinese[:font], fragment[:text])
      end
      fragments.each_with_object([]) do |fragment, merged|
        if (last = merged[-1]) && last[:font] == fragment[:font]
          last[:text] += fragment[:text]
        else
          merged << fragment
        end
      end
    end

    HAN_RX = /\p{Han}/

    private

    def font_has? name, text
      @document.save_font do
        @document.font name
        text.each_char.all? {|c| @document.font.glyph_present? c }
      end
    end
  end
  ::Prawn::Text::Formatted::Box.prepend ChineseQuotes

  # GB line breaking (禁则), second half. Prawn may end a line wherever the font changes (Latin in Noto Serif,
  # Chinese in 宋体), and only moves one run of text back to the next line when that is no place to break: “（5.1.2”
  # could end a line with （, “5.1.2）” start one with ）. When a line would end with opening punctuation or the next
  # start with closing punctuation, move the end of the line back to the last place where a break is allowed.
  module KinsokuLineWrap
    OPENING = "\u2018\u201c\u3008\u300a\u300c\u300e\u3010\u3014\u3016\uff08\uff3b\uff5b"
    CLOSING = "\u2019\u201d\u3001\u3002\u3009\u300b\u300d\u300f\u3011\u3015\u3017\uff01\uff05\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d"
    BREAKS = " \t\u200b"
    MAX_MOVE = 24

    def wrap_line options
      initialize_line options
      while (fragment = @arranger.next_string)
        @fragment_output = +''
        fragment.lstrip! if first_fragment_on_this_line? fragment
        next if empty_line? fragment
        break unless apply_font_settings_and_add_fragment_to_line fragment
      end
      keep_punctuation_with_its_text unless @newline_encountered
      @arranger.finalize_line
      @accumulated_width = @arranger.line_width
      @space_count = @arranger.space_count
      @arranger.line
    end

    private

    def keep_punctuation_with_its_text
      return if @arranger.finished?
      line = @arranger.consumed_text
      following = @arranger.unconsumed_text 4
      return unless kinsoku_violation? line, following
      k = line.length - 1
      floor = [line.length - MAX_MOVE, 1].max
      while k >= floor
        if ((BREAKS.include? line[k - 1]) || (BREAKS.include? line[k])) && !(kinsoku_violation? line[0...k], line[k..] + following)
          @arranger.move_back line.length - k
          return
        end
        k -= 1
      end
    end

    def kinsoku_violation? before, after
      last = before.rstrip.delete_suffix("\u200b").rstrip[-1]
      first = after.sub(/\A[ \t\u200b]+/, '')[0]
      (last && (OPENING.include? last)) || (first && (CLOSING.include? first))
    end
  end
  ::Prawn::Text::Formatted::LineWrap.prepend KinsokuLineWrap

  # What KinsokuLineWrap needs of the line being arranged.
  module ArrangerLineEnd
    def consumed_text
      @consumed.map {|h| h[:text] }.join
    end

    def unconsumed_text count
      @unconsumed.take(count).map {|h| h[:text] }.join
    end

    # Moves the last count characters of the line back to the text still to be arranged, each in its own format.
    def move_back count
      moved = []
      while count > 0 && (last = @consumed[-1])
        text = last[:text]
        if text.length <= count
          moved.unshift @consumed.pop
          count -= text.length
        else
          moved.unshift last.merge(text: text[-count..])
          last[:text] = text[0...-count]
          count = 0
        end
      end
      @unconsumed.unshift(*moved)
    end
  end
  ::Prawn::Text::Formatted::Arranger.prepend ArrangerLineEnd

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

    # A term entry's heading is its number alone; the term line follows (see ClauseNumbering). The standard's
    # title heads the body, above clause 1, as on the first page of the printed standard.
    def convert_section node
      html = super
      if (node.attr? 'gbt-term') && node.caption
        level = node.level + 1
        html = html.sub %(#{node.caption}#{node.title}</h#{level}>), %(#{node.caption.delete IDEOGRAPHIC_SPACE}</h#{level}>)
      end
      if (node.document.attr 'guifanku-layout') == 'standard' && node.equal?(GbtPdfConverter.first_clause node.document)
        html = %(<p class="gbt-body-title">#{node.document.doctitle}</p>\n#{html})
      end
      html
    end

    # Term entries stay out of the 目次, as in a printed standard.
    def convert_outline node, opts = {}
      return if node.context == :section && (node.attr? 'gbt-terms')
      super
    end
  end

  class GbtPdfConverter < (::Asciidoctor::Converter.for 'pdf')
    include LinkGuard
    register_for 'pdf'

    NEW_PAGE_SECTIONS = %w(preface appendix bibliography index).freeze
    PATENT_REQUEST = '在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。'
    DATE_PLACEHOLDER = 'XXXX-XX-XX'
    OPEN_YEAR = '××××'
    CENTRED_SECTIONS = %w(preface bibliography index).freeze

    def convert_inline_anchor node
      (text = blocked_anchor_text node) || super
    end

    # Whether this is a plain committee document rather than a standard (see the top of this file).
    def convert_document doc
      @gbt_plain = (doc.attr 'guifanku-layout') == 'document'
      # the running header (theme: {gbt-running-header}): the number, and a draft's stage beside it
      unless @gbt_plain
        stage = doc.attr 'gbt-draft-stage'
        doc.set_attr 'gbt-running-header', %(#{gbt_number doc}#{stage ? %(（#{stage}）) : ''})
      end
      super
    end

    # The number as printed: a draft's year is open (WH/T 201—××××), whatever its header says, since a draft is not
    # any published edition and its year is fixed only when it is approved.
    def gbt_number doc
      number = doc.attr 'std-number', ''
      (doc.attr? 'gbt-draft-stage') ? (number.sub(/—(\d{4}|XXXX|××××)\z/, %(—#{OPEN_YEAR}))) : number
    end

    # The first clause (范围), where the body and its Arabic page numbers begin.
    def self.first_clause doc
      doc.sections.find {|sect| sect.sectname == 'chapter' }
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
      # asciidoctor-pdf sets an admonition's label (注：) with line height 1, the note's text with the base line
      # height, whose extra leading goes half above the first line: the label would stand higher than the text
      if @gbt_admonition_label && opts[:overflow] == :shrink_to_fit && opts[:line_height] == 1
        opts = opts.merge line_height: @base_line_height
      end
      super
    end

    # Paragraphs of a standard's clauses start two characters in, as standards are printed; not the term line
    # of a term entry (nor text in notes, lists and tables, which are not paragraphs of a clause).
    def convert_paragraph node, opts = nil
      return super if @gbt_plain || opts || node.parent.context != :section || (node.has_role? 'gbt-term')
      super node, { margin_bottom: 0, hyphenate: true, indent_paragraphs: (@theme.gbt_paragraph_indent || 21) }
    end

    def convert_admonition node
      previous, @gbt_admonition_label = @gbt_admonition_label, true
      begin
        super
      ensure
        @gbt_admonition_label = previous
      end
    end

    # A table's title stands above the table (GB/T 1.1) and never ends a page: when the title and the table's
    # first two rows would not fit, the table starts on the next page. (asciidoctor-pdf breaks a table whose
    # first row does not fit onto the next page and leaves its title behind.)
    def convert_table node
      if node.title? && !at_page_top? && (@theme.table_caption_end || 'top').to_s == 'top'
        row = (@theme.table_font_size || @base_font_size) * @base_line_height + 6
        caption = (@theme.caption_font_size || @base_font_size) * @base_line_height + (@theme.caption_margin_inside || 0)
        advance_page if cursor < caption + 2 * row + 4
      end
      super
    end

    # Nothing is read from the file system. asciidoctor-pdf reads absolute image paths without the
    # SAFE-mode jail (and imports PDF pages as covers), so any readable file could end up in the PDF.
    # A figure's image comes from the standard's folder in Git: the renderer's FigureImageProcessor
    # checks it and sets the block's target to a data URI, which asciidoctor-pdf decodes itself (SVG
    # in memory, PNG and JPEG into a temporary file of its own, removed after the conversion). Only
    # such data URIs are embedded; an inline image (image:x.png[]) is not.
    def resolve_image_path node, image_path, image_format, relative_to = true
      return super if ::Asciidoctor::Image::Base64Encoded === image_path
      logger.warn message_with_context %(不嵌入图片（只嵌入用 image:: 单独成段、本文件夹内的图）：#{image_path}), source_location: (LinkGuard.location_of node)
      nil
    end

    # Clauses run on; 前言, 引言, 范围 (the first clause), each annex and 参考文献 start a page. The first page
    # of the body repeats the standard's title above 范围.
    def convert_section sect, opts = {}
      return super if @gbt_plain
      start_new_chapter sect if sect.level == 1 && !at_page_top? && (starts_page? sect)
      ink_body_title sect.document if sect.equal?(first_clause sect.document)
      super
      ink_end_line if sect.level == 1 && sect.equal?(sect.document.sections.last)
    end

    # 附录 headings on three centred lines (附　录　A, （规范性）, the title); 前言, 引言 and 参考文献 centred,
    # a two-character title spaced out (前　　言) as standards print it.
    def ink_chapter_title node, title, opts = {}
      return super if @gbt_plain
      if node.sectname == 'appendix' && (number = node.attr 'gbt-annex-heading')
        lines = [number, (node.attr 'gbt-annex-status'), node.title].compact.join '<br>'
        font_size(@theme.gbt_annex_heading_font_size || 12) { super node, lines, (opts.merge align: :center) }
      elsif CENTRED_SECTIONS.include? node.sectname
        font_size(@theme.gbt_special_heading_font_size || 16) { super node, (spaced title), (opts.merge align: :center) }
      else
        super
      end
    end

    # A term entry's heading is its number alone (3.1); the 目次 title is spaced out like 前　　言.
    def ink_general_heading node, title, opts = {}
      return super if @gbt_plain
      if opts[:role] == :toctitle
        title = spaced title
      elsif (node.respond_to? :attr?) && (node.attr? 'gbt-term') && node.caption
        title = node.caption.delete IDEOGRAPHIC_SPACE
      end
      super
    end

    # PDF page labels as the pages are numbered: 封面, then I, II … for the front matter, then 1, 2 … from 范围.
    def add_outline doc, *args
      super
      return if @gbt_plain || !(body_start = (first_clause doc)&.attr 'pdf-page-start')
      cover_pages = @gbt_cover_pages.to_i
      front = body_start.to_i - 1 - cover_pages
      labels = []
      labels.push 0, { P: '封面' } if cover_pages > 0
      labels.push cover_pages, { S: :R } if front > 0
      labels.push body_start.to_i - 1, { S: :D }
      catalog.data[:PageLabels] = state.store.ref Nums: labels
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
      cover_text (gbt_number doc), top - 112, sizes[:number], :right
      replaced = (doc.attr 'std-replaces', '').split(',').map(&:strip).reject(&:empty?)
      cover_text %(代替 #{replaced.join '，'}), top - 134, 10.5, :right unless replaced.empty?
      cover_rule top - 156
      title_bottom = cover_text doc.doctitle, top - 0.40 * bounds.height, sizes[:title], :center
      title_bottom = cover_text (doc.attr 'std-title-en'), title_bottom - 14, sizes[:title_en], :center, family: 'Noto Serif' if doc.attr? 'std-title-en'
      dates_y = bounds.bottom + 76
      if (stage = doc.attr 'gbt-draft-stage')
        # a draft: its stage under the titles, the date it was completed, the patent request in a box, and
        # no 发布 or 实施 dates yet
        stage_bottom = cover_text %(（#{stage}）), title_bottom - 28, sizes[:stage], :center
        cover_text %(（本稿完成日期：#{doc.attr 'gbt-draft-date'}）), stage_bottom - 10, sizes[:draft_date], :center
        cover_box PATENT_REQUEST, dates_y + 74, sizes[:patents] if doc.attr? 'gbt-draft-patents'
        issued = effective = DATE_PLACEHOLDER
      else
        issued = doc.attr 'std-issued'
        effective = doc.attr 'std-effective'
      end
      cover_text %(#{issued} 发布), dates_y, sizes[:dates], :left, width: width / 2
      cover_text %(#{effective} 实施), dates_y, sizes[:dates], :right, width: width / 2, x: width / 2
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

    # The standard's title at the top of the first page of the body, centred, in 黑体.
    def ink_body_title doc
      font 'GBT Hei' do
        font_size(@theme.gbt_body_title_font_size || 16) do
          ink_prose doc.doctitle, align: :center, margin_top: 0, margin_bottom: (@theme.gbt_body_title_margin_bottom || 18),
              normalize: false
        end
      end
    end

    # 前言 → 前　　言, 目次 → 目　　次: two-character headings spaced out; longer ones as they are.
    def spaced title
      (title.length == 2 && title.each_char.all? {|c| c.ord > 0x2E7F }) ? (title.chars.join IDEOGRAPHIC_SPACE * 2) : title
    end

    def starts_page? sect
      (NEW_PAGE_SECTIONS.include? sect.sectname) || sect.equal?(first_clause sect.document)
    end

    def first_clause doc
      GbtPdfConverter.first_clause doc
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
        stage: @theme.gbt_cover_stage_font_size || 14,
        draft_date: @theme.gbt_cover_draft_date_font_size || 10.5,
        patents: @theme.gbt_cover_patents_font_size || 10.5,
      }
    end

    # Text centred in a ruled box whose top is at y, a little narrower than the page.
    def cover_box markup, y, size, padding: 6
      inset = bounds.width * 0.1
      bounding_box [inset, y], width: bounds.width - 2 * inset do
        move_down padding
        # the body font: Latin in Noto Serif, the Chinese text in 宋体 through the fallbacks
        font @theme.base_font_family do
          font_size(size) { ink_prose markup, align: :center, margin: 0, normalize: false }
        end
        move_down padding
        save_graphics_state do
          line_width 0.5
          stroke_color '000000'
          stroke_bounds
        end
      end
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
