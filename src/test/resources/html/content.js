// 字典项 "<p>" 只是注释
let menu = [{"id": "1", "name": "政策文件"}, {"id": "2", "name": "政府信息公开年报"}]
var tpl = '<div class="item">' + name + '</div>';
function esc(s) { return s.replace(/"/g, '&quot;'); }

let content = "<p style=\"text-align: center;\">青山市交通运输局2023年政府信息公开工作年度报告<\/p>\n<p>一、总体情况<\/p><p>2023年，我局全年主动公开政府信息<span>128<\/span>条。<\/p>\n<p>\u4e8c、主动公开政府信息情况<\/p><table border=\"1\"><tr><td>信息内容<\/td><td>本年制发件数<\/td><td>本年废止件数<\/td><td>现行有效件数<\/td><\/tr><tr><td><span>行政</span><span>规范性文件<\/span><\/td><td>3<\/td><td>&nbsp;<\/td><td>17<\/td><\/tr><\/table>" +
    "<p>六、其他需要报告的事项<\/p><p>本年度未收取信息处理费。\t<\/p>";
document.getElementById("content").innerHTML = content;
