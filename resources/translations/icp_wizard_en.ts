<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>（{duration}）</source>
        <translation> ({duration})</translation>
    </message>
    <message>
        <source>满足日期：{date}</source>
        <translation>Met from: {date}</translation>
    </message>
    <message>
        <source>核对日期：{checked}</source>
        <translation>Checked: {checked}</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>为什么问这一项？（F1）</source>
        <translation>Why is this asked? (F1)</translation>
    </message>
    <message>
        <source>说明：{field}</source>
        <translation>Help: {field}</translation>
    </message>
    <message>
        <source>（已保留之前的有效值）</source>
        <translation>(the previous valid value is kept)</translation>
    </message>
    <message>
        <source>多项用逗号分隔</source>
        <translation>Separate items with commas</translation>
    </message>
    <message>
        <source>例如 100万 或 1000000</source>
        <translation>e.g. 1000000 or 100万</translation>
    </message>
    <message>
        <source>未保存的更改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>是否保存对当前申请的更改？</source>
        <translation>Save the changes to this application?</translation>
    </message>
    <message>
        <source>打开申请</source>
        <translation>Open application</translation>
    </message>
    <message>
        <source>无法打开文件</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>无法读取 {path}：
{reason}</source>
        <translation>Cannot read {path}:
{reason}</translation>
    </message>
    <message>
        <source>文件正在使用</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>{name} 已在另一个窗口或另一台电脑上打开。</source>
        <translation>{name} is open in another window or on another computer.</translation>
    </message>
    <message>
        <source>{name} 正由 {holder} 编辑。</source>
        <translation>{name} is being edited by {holder}.</translation>
    </message>
    <message>
        <source>只读打开不会改动文件；接管编辑后，保存前仍会检查对方是否已保存过。</source>
        <translation>Read-only leaves the file alone. If you take over, a save still checks whether the other person saved first.</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>接管编辑</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>文件已被修改</source>
        <translation>File changed</translation>
    </message>
    <message>
        <source>自您打开 {name} 以来，它已被别人或其他程序修改。</source>
        <translation>{name} was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>另存为可同时保留两个版本。覆盖会用您的版本替换对方的（对方的版本保存在 .bak 备份中）。</source>
        <translation>Save As keeps both versions. Overwrite replaces theirs (theirs is kept as the .bak backup).</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>覆盖</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{file}

保存没有成功，原文件保持不变，您的修改仍在窗口中。
原因：{reason}</source>
        <translation>{file}

The save did not happen; the file on disk is unchanged and your changes are still here.
Reason: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 项。</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>第{row}项：{kinds}</source>
        <translation>Item {row}: {kinds}</translation>
    </message>
    <message>
        <source>添加：{what}</source>
        <translation>Add: {what}</translation>
    </message>
    <message>
        <source>在列表末尾添加一项，并转到它的第一个问题。</source>
        <translation>Adds an item at the end of the list and moves to its first question.</translation>
    </message>
    <message>
        <source>删除所选：{what}</source>
        <translation>Remove selected: {what}</translation>
    </message>
    <message>
        <source>删除表格中选中的一项。</source>
        <translation>Removes the item selected in the table.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>还没有条目，点击“添加”。</source>
        <translation>No entries yet; click Add.</translation>
    </message>
    <message>
        <source>出现意外错误</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>程序遇到了一个意外问题，刚才的操作没有完成。您的工作已自动保存；建议先保存文件，再重新启动程序。</source>
        <translation>The program ran into an unexpected problem and did not finish what you just did. Your work has been autosaved; save your file, then restart the program.</translation>
    </message>
    <message>
        <source>本机已记下一份错误报告，供开发人员查找原因。报告不含姓名、证件号码、地址或文件内容，本程序也不会把它发送到任何地方；需要帮助时，您可以自行把它发给为您提供本程序的人。</source>
        <translation>An error report has been written on this computer to help the developers find the cause. It contains no names, ID numbers, addresses or file contents, and the program never sends it anywhere; if you need help, you can pass it on yourself to whoever provides the program to you.</translation>
    </message>
    <message>
        <source>报告文件：</source>
        <translation>Report file:</translation>
    </message>
    <message>
        <source>报告无法写入文件（{reason}），但可以复制下面的内容。</source>
        <translation>The report could not be written to a file ({reason}), but you can copy it below.</translation>
    </message>
    <message>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>报告文件</source>
        <translation>Report file</translation>
    </message>
    <message>
        <source>错误报告在本机的保存位置。</source>
        <translation>Where the error report is kept on this computer.</translation>
    </message>
    <message>
        <source>报告内容</source>
        <translation>Report contents</translation>
    </message>
    <message>
        <source>报告不含姓名、证件号码、地址或文件内容。</source>
        <translation>The report contains no names, ID numbers, addresses or file contents.</translation>
    </message>
    <message>
        <source>把报告复制到剪贴板。</source>
        <translation>Copies the report to the clipboard.</translation>
    </message>
    <message>
        <source>在文件管理器中打开报告所在的文件夹。</source>
        <translation>Opens the report&apos;s folder in the file manager.</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>程序遇到了一个意外问题，刚才的操作没有完成。您的数据已自动保存；如问题反复出现，请保存文件后重新启动程序。

问题类型：</source>
        <translation>The program hit an unexpected problem and did not finish the last action. Your work is autosaved; if this keeps happening, save your file and restart the program.

Kind of problem: </translation>
    </message>
    <message>
        <source>部分规则包无法使用</source>
        <translation>Some rule packs could not be used</translation>
    </message>
    <message>
        <source>以下规则包有错误，已跳过；其他省份仍可使用：

</source>
        <translation>These rule packs have errors and were skipped; the other provinces still work:

</translation>
    </message>
    <message>
        <source>没有可用的规则包</source>
        <translation>No rule packs</translation>
    </message>
    <message>
        <source>找不到任何省份的规则包，无法检查申请。</source>
        <translation>No province rule pack was found; nothing can be checked.</translation>
    </message>
    <message>
        <source>问题类型：</source>
        <translation>Kind of problem: </translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <source>自动保存的内容无法读取，没有恢复。
{reason}</source>
        <translation>The autosaved work could not be read and was not recovered.
{reason}</translation>
    </message>
    <message>
        <source>恢复未保存的工作</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>上次程序没有正常退出。是否恢复自动保存的内容？</source>
        <translation>The program did not exit normally last time. Recover the autosaved work?</translation>
    </message>
    <message>
        <source>先回答几个问题，判断您是否需要ICP许可证，以及按哪个省份的要求准备。</source>
        <translation>A few questions first: do you need the ICP licence at all, and which province&apos;s rules apply?</translation>
    </message>
    <message>
        <source>本页的检查结果</source>
        <translation>Findings on this page</translation>
    </message>
    <message>
        <source>本页没有其他检查结果。</source>
        <translation>No other findings on this page.</translation>
    </message>
    <message>
        <source>{region}（仅全国通用要求）</source>
        <translation>{region} (national baseline only)</translation>
    </message>
    <message>
        <source>您不需要申请ICP许可证</source>
        <translation>You do not need the ICP licence</translation>
    </message>
    <message>
        <source>ICP备案的一般步骤：① 准备营业执照、负责人身份证和域名证书；② 在接入服务商（云服务商）的备案系统中填写主体和网站信息；③ 服务商初审后提交通信管理局审核，通常约20个工作日；④ 取得备案号后在网站首页底部展示。</source>
        <translation>The ICP备案 (filing) path: 1) prepare the business licence, the responsible person&apos;s ID and the domain certificate; 2) fill in the entity and site details in your hosting or cloud provider&apos;s filing system; 3) the provider checks them and passes them to the communications administration (about 20 working days); 4) show the filing number in your home page footer.</translation>
    </message>
    <message>
        <source>按营业执照填写申请主体的信息。</source>
        <translation>Fill in the applicant&apos;s details as shown on the business licence.</translation>
    </message>
    <message>
        <source>勾选已经建立的制度、已采取的安全措施和网站已有的功能。</source>
        <translation>Tick the policies you have, the security measures in place and the functions your site offers.</translation>
    </message>
    <message>
        <source>管理制度</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>安全措施</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>网站功能</source>
        <translation>Site functions</translation>
    </message>
    <message>
        <source>如实填写企业和法定代表人的信用情况以及近年的违规记录。</source>
        <translation>Declare the company&apos;s and the legal representative&apos;s credit standing and any recent violations.</translation>
    </message>
    <message>
        <source>违规记录</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>回答“是”后，在这里逐条列出每一条违规记录。</source>
        <translation>Once you answer “Yes”, list each violation here.</translation>
    </message>
    <message>
        <source>本省要求核查办公场地：填写面积、租赁和消防情况以及主要设备。</source>
        <translation>This province checks the office: area, lease, fire-safety filing and the main equipment.</translation>
    </message>
    <message>
        <source>设备清单</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>列出要在许可证上登记的每个域名。</source>
        <translation>List every domain to be registered on the licence.</translation>
    </message>
    <message>
        <source>列出网站或App使用的服务器及其所在地。</source>
        <translation>List the servers your site or app runs on and where they are.</translation>
    </message>
    <message>
        <source>列出参与运营的员工；社保起缴日期和省份决定能否满足人员要求。</source>
        <translation>List the staff who run the service; social-security dates and province decide the staffing rules.</translation>
    </message>
    <message>
        <source>选择企业所在的区/市和对应的产业场景；若该场景要求对接平台，请选择平台并签订合作协议。</source>
        <translation>Choose your district and its industry scene; where the scene requires a docking platform, choose it and sign the agreement.</translation>
    </message>
    <message>
        <source>（必须对接）</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>本省需要提交的材料清单。逐项准备，并把状态改为“已备齐”。</source>
        <translation>The materials this province asks for. Prepare each one and set its status to Ready.</translation>
    </message>
    <message>
        <source>状态：{item}</source>
        <translation>Status: {item}</translation>
    </message>
    <message>
        <source>空格键或回车打开状态列表。</source>
        <translation>Space or Enter opens the list of statuses.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <source>方向键在单元格之间移动；在“状态”列按空格键或回车选择状态；负责人、截止日期和备注可直接输入。</source>
        <translation>Arrow keys move between cells; in the Status column, Space or Enter chooses a status; owner, due date and notes can be typed in.</translation>
    </message>
    <message>
        <source>请先在第一页选择申请省份。</source>
        <translation>Choose the province on the first page first.</translation>
    </message>
    <message>
        <source>已满足</source>
        <translation>met</translation>
    </message>
    <message>
        <source>{date}起满足</source>
        <translation>met from {date}</translation>
    </message>
    <message>
        <source>不满足</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>尚缺回答</source>
        <translation>answer missing</translation>
    </message>
    <message>
        <source>行动计划</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>计划概要</source>
        <translation>Plan summary</translation>
    </message>
    <message>
        <source>省份：{province}&#x3000;受理机关：{authority}</source>
        <translation>Province: {province} · Authority: {authority}</translation>
    </message>
    <message>
        <source>未解决的阻断问题</source>
        <translation>Open blockers</translation>
    </message>
    <message>
        <source>关键路径</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <source>单击步骤或按回车跳到对应的字段；勾选“已完成”记录已办理的事项。</source>
        <translation>Click a step or press Enter to go to its field; tick “Done” to record what has been done.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>第{n}位人员</source>
        <translation>staff member no. {n}</translation>
    </message>
    <message>
        <source>提交之后（{authority}）</source>
        <translation>After filing ({authority})</translation>
    </message>
    <message>
        <source>取得许可证之后</source>
        <translation>After the licence</translation>
    </message>
    <message>
        <source>（最稳妥）</source>
        <translation> (safest)</translation>
    </message>
    <message>
        <source>部分年份的法定节假日安排尚未公布，相关日期按周一至周五估算。</source>
        <translation>Some years&apos; official holiday schedule is not published yet; those dates are counted Monday to Friday.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>请先选择申请省份。</source>
        <translation>Choose a province first.</translation>
    </message>
    <message>
        <source>把检查结果和材料清单导出为 PDF 报告和 Excel 表格，或生成申请材料包（各项文件的草稿）。</source>
        <translation>Export the findings and the materials checklist as a PDF report and an Excel workbook, or make the materials kit (drafts of each document).</translation>
    </message>
    <message>
        <source>生成申请材料包</source>
        <translation>Make materials kit</translation>
    </message>
    <message>
        <source>选择保存材料包的文件夹</source>
        <translation>Choose the folder to save the materials kit in</translation>
    </message>
    <message>
        <source>替换材料包？</source>
        <translation>Replace the materials kit?</translation>
    </message>
    <message>
        <source>该文件夹中已有材料包，是否替换？
</source>
        <translation>This folder already holds a materials kit. Replace it?
</translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation>Making the kit…</translation>
    </message>
    <message numerus="yes">
        <source>已生成 %n 份文件：</source>
        <translation>
            <numerusform>%n document made: </numerusform>
            <numerusform>%n documents made: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 处待补充内容（文件中以黄色标出，见目录的“待补充内容”表）。</source>
        <translation>
            <numerusform>%n placeholder is left (highlighted in yellow in the files; see the index&apos;s 待补充内容 sheet).</numerusform>
            <numerusform>%n placeholders are left (highlighted in yellow in the files; see the index&apos;s 待补充内容 sheet).</numerusform>
        </translation>
    </message>
    <message>
        <source>姓名和身份证号已部分隐去，这些文件不能直接提交；需要时勾选上面的选项重新生成。</source>
        <translation>Names and ID numbers are partly masked, so these files cannot be submitted as they are; tick the option above and make the kit again when needed.</translation>
    </message>
    <message>
        <source>压缩包</source>
        <translation>Zip archive</translation>
    </message>
    <message>
        <source>未能使用的模板</source>
        <translation>Templates that could not be used</translation>
    </message>
    <message>
        <source>没有生成材料包。</source>
        <translation>No materials kit was made. </translation>
    </message>
    <message>
        <source>生成失败</source>
        <translation>Kit not made</translation>
    </message>
    <message>
        <source>没有写入材料包，原有文件未被改动。
原因：{reason}</source>
        <translation>The materials kit was not written; existing files are unchanged.
Reason: {reason}</translation>
    </message>
    <message>
        <source>选择导出文件夹</source>
        <translation>Choose a folder for the export</translation>
    </message>
    <message>
        <source>覆盖文件？</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <source>以下文件已存在，是否覆盖？
</source>
        <translation>These files exist already. Replace them?
</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>没有写入导出文件。
原因：{reason}</source>
        <translation>Nothing was exported.
Reason: {reason}</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>PDF 报告</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Excel 材料清单</source>
        <translation>Checklist workbook</translation>
    </message>
    <message>
        <source>可打印的材料清单（PDF）</source>
        <translation>Printable checklist (PDF)</translation>
    </message>
    <message>
        <source>导出完整的身份证号和姓名（默认隐去部分字符）</source>
        <translation>Include full ID numbers and names (masked by default)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>申请材料包：按本省材料清单的顺序起草各项制度、名单和声明（Word 文件），附目录（PDF 和 Excel）和校验文件。文件均为草稿，须审核、签字、盖章后提交。</source>
        <translation>Materials kit: drafts of the policies, lists and statements in the order of the province&apos;s materials list (Word files), with an index (PDF and Excel) and a checksum file. All are drafts: review, sign and seal them before submitting.</translation>
    </message>
    <message>
        <source>生成申请材料包…</source>
        <translation>Make materials kit…</translation>
    </message>
    <message>
        <source>同时生成 zip 压缩包</source>
        <translation>Also make a zip archive</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>导出检查结果和行动计划的 PDF 报告。</source>
        <translation>Exports the findings and the action plan as a PDF report.</translation>
    </message>
    <message>
        <source>导出可编辑的材料清单（Excel）。</source>
        <translation>Exports the materials checklist as an editable Excel file.</translation>
    </message>
    <message>
        <source>导出可打印的材料清单（PDF）。</source>
        <translation>Exports the materials checklist as a printable PDF.</translation>
    </message>
    <message>
        <source>不勾选时，导出的文件中身份证号和姓名只显示部分字符。</source>
        <translation>When unticked, ID numbers and names in the exported files show only some of their characters.</translation>
    </message>
    <message>
        <source>选择文件夹，写入上面勾选的文件。</source>
        <translation>Choose a folder and write the files ticked above.</translation>
    </message>
    <message>
        <source>选择文件夹，生成各项申请材料的草稿。</source>
        <translation>Choose a folder and draft each of the application materials.</translation>
    </message>
    <message>
        <source>另外把材料包打成一个 zip 文件。</source>
        <translation>Also packs the materials kit into one zip file.</translation>
    </message>
    <message>
        <source>在文件管理器中打开刚生成的材料包。</source>
        <translation>Opens the materials kit just made in the file manager.</translation>
    </message>
    <message>
        <source>本向导帮助您准备增值电信业务经营许可证（ICP许可证，B2 信息服务业务）的申请材料，并按所选省份的规定逐页检查。所有数据只保存在本机。</source>
        <translation>This wizard helps you prepare an application for the ICP licence (增值电信业务经营许可证, B2 information services) and checks each page against the rules of the province you choose. Your data stays on this computer.</translation>
    </message>
    <message>
        <source>ICP许可证申请向导</source>
        <translation>ICP licence wizard</translation>
    </message>
    <message>
        <source>自动保存失败：</source>
        <translation>Autosave failed: </translation>
    </message>
    <message>
        <source>申请步骤</source>
        <translation>Application steps</translation>
    </message>
    <message>
        <source>每一步标明检查状态；用上下方向键转到另一步。</source>
        <translation>Each step shows its check status; the Up and Down arrow keys move to another step.</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>转到上一步（Alt+←）</source>
        <translation>Go to the previous step (Alt+Left)</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>转到下一步（Alt+→）</source>
        <translation>Go to the next step (Alt+Right)</translation>
    </message>
    <message>
        <source>这一项目前没有发现问题。</source>
        <translation>No problems found with this answer so far.</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>输入无效</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <source>请先改正这一项（其他问题可以稍后处理）：
{problem}</source>
        <translation>Please correct this value first (other issues can wait):
{problem}</translation>
    </message>
    <message>
        <source>请选择申请省份</source>
        <translation>Choose a province</translation>
    </message>
    <message>
        <source>{verdict} · {counts}</source>
        <translation>{verdict} · {counts}</translation>
    </message>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ICP许可证申请向导 {version}&lt;/h3&gt;&lt;p&gt;离线检查申请材料是否符合所选省份的要求。本程序不联网。&lt;/p&gt;&lt;p&gt;规则包核对日期：&lt;/p&gt;&lt;ul&gt;{reviewed}&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;ICP licence wizard {version}&lt;/h3&gt;&lt;p&gt;Checks an application offline against the chosen province&apos;s rules. This program never connects to the network.&lt;/p&gt;&lt;p&gt;Rule packs reviewed:&lt;/p&gt;&lt;ul&gt;{reviewed}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>打开工作区(&amp;W)…</source>
        <translation>Open &amp;Workspace…</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>行动计划(&amp;R)</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <source>已提交申请，记录进度(&amp;T)</source>
        <translation>Application &amp;submitted: track progress</translation>
    </message>
    <message>
        <source>本项说明(&amp;F)</source>
        <translation>Help on this &amp;field</translation>
    </message>
    <message>
        <source>术语表(&amp;G)…</source>
        <translation>&amp;Glossary…</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>导航(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>{label}：{text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>磁盘空间不足。请清理磁盘，或选择另一个磁盘上的文件夹。</source>
        <translation>The disk is full. Free some space, or choose a folder on another disk.</translation>
    </message>
    <message>
        <source>该文件夹不能写入（只读或没有权限）。请选择另一个文件夹。</source>
        <translation>The folder cannot be written to (read-only or no permission). Choose another folder.</translation>
    </message>
    <message>
        <source>关闭这个窗口。</source>
        <translation>Closes this window.</translation>
    </message>
    <message>
        <source>是否需要许可证</source>
        <translation>whether a licence is needed</translation>
    </message>
    <message>
        <source>检查此项</source>
        <translation>checks it</translation>
    </message>
    <message>
        <source>据此判断是否适用</source>
        <translation>decides by it whether it applies</translation>
    </message>
    <message>
        <source>（指南的说法，有存疑说明）</source>
        <translation> (a guide&apos;s claim, treated with care)</translation>
    </message>
    <message>
        <source>术语：</source>
        <translation>Terms: </translation>
    </message>
    <message>
        <source>为什么问这一项</source>
        <translation>Why this is asked</translation>
    </message>
    <message>
        <source>术语表</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>术语</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>用上下方向键选择术语，右侧显示它的解释。</source>
        <translation>The Up and Down arrow keys choose a term; its explanation is shown beside the list.</translation>
    </message>
    <message>
        <source>术语解释</source>
        <translation>Explanation of the term</translation>
    </message>
    <message>
        <source>术语表无法读取，请重新安装本程序。</source>
        <translation>The glossary cannot be read; please reinstall the program.</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Sources: </translation>
    </message>
    <message>
        <source>另见：</source>
        <translation>See also: </translation>
    </message>
    <message>
        <source> · 建议</source>
        <translation> · advice</translation>
    </message>
    <message>
        <source>★ 关键路径</source>
        <translation>★ critical path</translation>
    </message>
    <message>
        <source>已标记完成，但申请中的回答仍显示未满足：请更新回答，检查才会确认。</source>
        <translation>Marked done, but the answers still show the gap: update them so the check can confirm it.</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>“{step}”已完成</source>
        <translation>“{step}” done</translation>
    </message>
    <message>
        <source>勾选后记为已完成（空格键）；计划随之更新。</source>
        <translation>Ticking it (Space) records the step as done; the plan follows.</translation>
    </message>
    <message>
        <source>前往：{field}</source>
        <translation>Go to: {field}</translation>
    </message>
    <message>
        <source>转到这一步对应的问题。</source>
        <translation>Goes to the question this step is about.</translation>
    </message>
    <message>
        <source>回车或单击：前往对应的字段</source>
        <translation>Enter or click: go to its field</translation>
    </message>
    <message>
        <source>人员方案</source>
        <translation>Staff options</translation>
    </message>
    <message>
        <source>（关键路径）</source>
        <translation> (critical path)</translation>
    </message>
    <message>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>没有已确定的日期</source>
        <translation>no dates known yet</translation>
    </message>
    <message>
        <source>评估日 {date}</source>
        <translation>assessed {date}</translation>
    </message>
    <message>
        <source>申请跟踪</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Expired on</translation>
    </message>
    <message>
        <source>已提交申请？记录提交日期和进度</source>
        <translation>Submitted the application? Record the date and track progress</translation>
    </message>
    <message>
        <source>查看申请跟踪</source>
        <translation>Open application tracking</translation>
    </message>
    <message>
        <source>转到“申请跟踪”一步：提交日期、在线申请编号、补正通知、现场核查和取证情况。</source>
        <translation>Goes to the tracking step: submission date, online application number, correction notices, site inspection and licence.</translation>
    </message>
    <message>
        <source>已于 {date} 补交</source>
        <translation>Supplied on {date}</translation>
    </message>
    <message>
        <source>请填写通知日期</source>
        <translation>Enter the notice date</translation>
    </message>
    <message>
        <source>{date}（已逾期）</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>补正截止</source>
        <translation>Corrections due</translation>
    </message>
    <message>
        <source>提交申请后，在这里记录办理进度。计划、报告和日历随之改用实际日期：预计取得许可证的时间从提交之日起算，年度报告、续期和到期从发证之日起算。</source>
        <translation>Once the application is submitted, record its progress here. The plan, the report and the calendar then use the real dates: the expected licence date is counted from the submission, the annual report, renewal and expiry from the issue date.</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>补正通知</source>
        <translation>Correction notices</translation>
    </message>
    <message>
        <source>核查与发证</source>
        <translation>Inspection and licence</translation>
    </message>
    <message>
        <source>申请进度</source>
        <translation>Application progress</translation>
    </message>
    <message>
        <source>目前没有已知的期限。</source>
        <translation>No deadlines known yet.</translation>
    </message>
    <message>
        <source>尚未记录提交。提交申请后，请填写提交日期和在线申请编号。</source>
        <translation>No submission recorded yet. Once the application is submitted, enter the date and the online application number.</translation>
    </message>
    <message>
        <source>（未填写编号）</source>
        <translation>(number not entered)</translation>
    </message>
    <message>
        <source>许可证已过期：{number}，{end} 到期</source>
        <translation>Licence expired: {number}, on {end}</translation>
    </message>
    <message>
        <source>已取得许可证：{number}，{issued} 发证</source>
        <translation>Licence held: {number}, issued {issued}</translation>
    </message>
    <message>
        <source>已获批准：{number}，发证日期未填写</source>
        <translation>Approved: {number}, issue date not entered</translation>
    </message>
    <message numerus="yes">
        <source>补正中：%n 份补正通知尚未补交</source>
        <translation>
            <numerusform>Correcting: %n correction notice not yet answered</numerusform>
            <numerusform>Correcting: %n correction notices not yet answered</numerusform>
        </translation>
    </message>
    <message>
        <source>已于 {date} 提交，等待审核</source>
        <translation>Submitted on {date}, waiting for the bureau</translation>
    </message>
    <message>
        <source>已提交，请填写提交日期，以便从实际提交之日起推算</source>
        <translation>Submitted: enter the submission date so that the dates are counted from it</translation>
    </message>
    <message>
        <source>下一个期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>填写发证日期后，才能计算年度报告、续期和到期日期。</source>
        <translation>Enter the issue date to get the annual report, renewal and expiry dates.</translation>
    </message>
    <message>
        <source>请先在第一页选择申请省份：期限取决于该省的规则。</source>
        <translation>Choose the province on the first page first: the deadlines depend on its rules.</translation>
    </message>
    <message>
        <source>接下来的期限</source>
        <translation>Deadlines ahead</translation>
    </message>
    <message>
        <source>规则包未给出期限：请填写通知写明的期限</source>
        <translation>The rule pack gives no period: enter the deadline the notice states</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>准备中</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>补正中</source>
        <translation>Correcting</translation>
    </message>
    <message>
        <source>已获证</source>
        <translation>Licensed</translation>
    </message>
    <message>
        <source>已获批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>许可证已过期</source>
        <translation>Licence expired</translation>
    </message>
    <message>
        <source>无法读取：{reason}</source>
        <translation>Cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{kind} {count}</source>
        <comment>open items of one kind</comment>
        <translation>{count} {kind}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>不早于 {date} 可提交</source>
        <translation>Can file not before {date}</translation>
    </message>
    <message>
        <source>预计获证 {window}</source>
        <translation>Licence expected {window}</translation>
    </message>
    <message>
        <source>可提交 {date}</source>
        <translation>Can file {date}</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>已逾期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>还剩 %n 天</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>已锁定：在本程序的向导窗口中打开</source>
        <translation>Locked: open in this program&apos;s wizard window</translation>
    </message>
    <message>
        <source>已锁定（不知是谁）</source>
        <translation>Locked (by someone unknown)</translation>
    </message>
    <message>
        <source>已锁定：{holder}</source>
        <translation>Locked: {holder}</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between items</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>上次查看后，新规则改变了：</source>
        <translation>Since last seen, the new rules changed:</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>有关的规则变化</source>
        <translation>Related rule change</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>未解决</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>可提交 / 预计获证</source>
        <translation>Can file / licence expected</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>下一截止日</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>截止事项</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>谁在编辑</source>
        <translation>Being edited by</translation>
    </message>
    <message>
        <source>规则更新</source>
        <translation>Rule update</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>工作区 — {folder}</source>
        <translation>Workspace — {folder}</translation>
    </message>
    <message>
        <source>文件夹：{folder} · 日期按 {day} 计算</source>
        <translation>Folder: {folder} · dates as of {day}</translation>
    </message>
    <message>
        <source>打开其他文件夹(&amp;O)…</source>
        <translation>&amp;Open another folder…</translation>
    </message>
    <message>
        <source>重新检查(&amp;R)</source>
        <translation>&amp;Re-check</translation>
    </message>
    <message>
        <source>筛选(&amp;F)：</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>客户、省份、文件名、截止事项……</source>
        <translation>Client, province, file name, what is due…</translation>
    </message>
    <message>
        <source>阶段(&amp;S)：</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>正在被编辑</source>
        <translation>Being edited</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>受规则更新影响</source>
        <translation>Changed by new rules</translation>
    </message>
    <message>
        <source>申请文件</source>
        <translation>Application files</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>找不到文件夹 {folder}</source>
        <translation>Folder {folder} not found</translation>
    </message>
    <message>
        <source>正在检查 %v / %m</source>
        <translation>Checking %v / %m</translation>
    </message>
    <message>
        <source>正在检查文件夹中的申请……</source>
        <translation>Checking the applications in the folder…</translation>
    </message>
    <message>
        <source>无法检查该文件夹：{reason}</source>
        <translation>The folder could not be checked: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>规则已更新：%n 个客户上次查看时用的是另一版本的规则。</source>
        <translation>
            <numerusform>Rules updated: %n client was last seen under other rules. </numerusform>
            <numerusform>Rules updated: %n clients were last seen under other rules. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>新规则改变了其中 %n 个客户的结论、未解决事项或日期，见“规则更新”一列（在“阶段”中选“受规则更新影响”可只看这些客户）。</source>
        <translation>
            <numerusform>The new rules change the verdict, open items or dates of %n of them: see the Rule update column (choose “Changed by new rules” under Stage to see only that client).</numerusform>
            <numerusform>The new rules change the verdict, open items or dates of %n of them: see the Rule update column (choose “Changed by new rules” under Stage to see only those clients).</numerusform>
        </translation>
    </message>
    <message>
        <source>新规则没有改变他们的结论、未解决事项或日期。</source>
        <translation>The new rules change none of their verdicts, open items or dates.</translation>
    </message>
    <message>
        <source>该文件夹（含子文件夹）中没有申请文件。</source>
        <translation>There are no application files in this folder or its subfolders.</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个申请文件</source>
        <translation>
            <numerusform>%n application file</numerusform>
            <numerusform>%n application files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>显示 %n 个</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个无法读取</source>
        <translation>
            <numerusform>%n cannot be read</numerusform>
            <numerusform>%n cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个正在被编辑</source>
        <translation>
            <numerusform>%n being edited</numerusform>
            <numerusform>%n being edited</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
</context>
</TS>
